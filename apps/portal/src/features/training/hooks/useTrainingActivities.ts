import { useMutation, useQuery } from '@apollo/client/react';
import type { TrainingActivityFilter } from '../../../gql/graphql';
import {
  CreateTrainingActivityMutation,
  TrainingActivitiesQuery,
  UpdateTrainingActivityMutation,
} from '../graphql/training.graphql';

/** The training catalogue, filtered on the server. */
export function useTrainingActivities(filter: TrainingActivityFilter, skip = false) {
  const result = useQuery(TrainingActivitiesQuery, { variables: { filter }, skip });
  const data = result.data ?? result.previousData;
  return {
    activities: data?.trainingActivities,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

export function useCreateTrainingActivity() {
  return useMutation(CreateTrainingActivityMutation, { refetchQueries: ['TrainingActivities'] });
}

export function useUpdateTrainingActivity() {
  return useMutation(UpdateTrainingActivityMutation, { refetchQueries: ['TrainingActivities'] });
}
