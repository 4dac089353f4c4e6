import { useMutation, useQuery } from '@apollo/client/react';
import {
  ContactCycleSettingsHistoryQuery,
  ContactCycleSettingsQuery,
  UpdateContactCycleSettingsMutation,
} from '../graphql/servicing.graphql';

export function useCycleSettings() {
  const result = useQuery(ContactCycleSettingsQuery, { fetchPolicy: 'network-only' });
  return {
    settings: result.data?.contactCycleSettings,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

export function useCycleSettingsHistory() {
  const result = useQuery(ContactCycleSettingsHistoryQuery, { fetchPolicy: 'network-only' });
  return {
    versions: result.data?.contactCycleSettingsHistory,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

// The new version joins the history; every client's due date follows (queues refetch on visit).
export function useUpdateCycleSettings() {
  return useMutation(UpdateContactCycleSettingsMutation, {
    refetchQueries: ['ContactCycleSettingsHistory'],
  });
}
