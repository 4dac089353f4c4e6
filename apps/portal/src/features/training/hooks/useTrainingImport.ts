import { useMutation, useQuery } from '@apollo/client/react';
import type { ImportLineOutcome } from '../../../gql/graphql';
import type { PageSize } from '../../../shared/pageSizes';
import {
  CommitTrainingImportMutation,
  DiscardTrainingImportMutation,
  ImportTrainingRecordsMutation,
  TrainingImportLinesQuery,
  TrainingImportQuery,
} from '../graphql/training.graphql';

/** An import's counts and status; commit and discard answers update it in the cache. */
export function useTrainingImport(importId: string) {
  const result = useQuery(TrainingImportQuery, {
    variables: { id: importId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    trainingImport: result.data?.trainingImport,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

export function useImportTrainingRecords() {
  return useMutation(ImportTrainingRecordsMutation);
}

export function useCommitTrainingImport() {
  return useMutation(CommitTrainingImportMutation, {
    refetchQueries: ['TrainingRecords', 'TrainingFile', 'TrainingOverview'],
  });
}

export function useDiscardTrainingImport() {
  return useMutation(DiscardTrainingImportMutation);
}

/** One page of an import's lines, optionally of one outcome, in file order. */
export function useImportLines(
  importId: string,
  outcome: ImportLineOutcome | undefined,
  pageSize: PageSize,
  after: string | null,
) {
  const result = useQuery(TrainingImportLinesQuery, {
    variables: { id: importId, outcome: outcome ?? null, first: pageSize, after },
    fetchPolicy: 'network-only',
  });
  const data = result.data ?? result.previousData;
  return {
    lines: data?.trainingImport.lines,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}
