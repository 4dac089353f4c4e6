import { useMutation, useQuery } from '@apollo/client/react';
import {
  CorrectTrainingRecordMutation,
  RecordTrainingMutation,
  TrainingRecordsQuery,
  VoidTrainingRecordMutation,
} from '../graphql/training.graphql';
import { recordFilter, type RecordListParams } from './recordListParams';

/** One page of the training records in the caller's scope, newest completion first. */
export function useTrainingRecords(params: RecordListParams) {
  const result = useQuery(TrainingRecordsQuery, {
    variables: {
      filter: recordFilter(params),
      first: params.pageSize,
      after: params.cursors.at(-1) ?? null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const data = result.data ?? result.previousData;
  return {
    connection: data?.trainingRecords,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

// Records, files and overviews all change when a record does: refetch what is on screen.
const REFETCH = ['TrainingRecords', 'TrainingFile', 'TrainingOverview', 'ExpiringCertificates'];

export function useRecordTraining() {
  return useMutation(RecordTrainingMutation, { refetchQueries: REFETCH });
}

export function useCorrectTrainingRecord() {
  return useMutation(CorrectTrainingRecordMutation, { refetchQueries: REFETCH });
}

export function useVoidTrainingRecord() {
  return useMutation(VoidTrainingRecordMutation, { refetchQueries: REFETCH });
}
