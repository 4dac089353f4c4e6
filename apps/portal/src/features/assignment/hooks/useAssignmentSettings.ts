import { useMutation, useQuery } from '@apollo/client/react';
import {
  AssignmentSettingsQuery,
  UpdateAssignmentSettingsMutation,
} from '../graphql/assignment.graphql';

export function useAssignmentSettings() {
  const result = useQuery(AssignmentSettingsQuery, { fetchPolicy: 'network-only' });
  return {
    settings: result.data?.assignmentSettings,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

export function useUpdateAssignmentSettings() {
  return useMutation(UpdateAssignmentSettingsMutation);
}
