import { useMutation, useQuery } from '@apollo/client/react';
import { TrainingSettingsQuery, UpdateTrainingSettingsMutation } from '../graphql/training.graphql';

export function useTrainingSettings() {
  const result = useQuery(TrainingSettingsQuery, { fetchPolicy: 'network-only' });
  return {
    settings: result.data?.trainingSettings,
    loading: result.loading,
    error: result.error,
    refetch: () => result.refetch(),
  };
}

export function useUpdateTrainingSettings() {
  return useMutation(UpdateTrainingSettingsMutation);
}
