import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ImportLineOutcome, TrainingImportFieldsFragment } from '../../../gql/graphql';
import type { PageSize } from '../../../shared/pageSizes';
import {
  CommitTrainingImportMutation,
  DiscardTrainingImportMutation,
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

/**
 * Sends a CSV or XLSX file as the body of POST /training/imports (which takes files of up
 * to 20 MB, beyond GraphQL's body limit) and reads back its preview. A refusal is thrown as
 * GraphQL errors, the shape the route answers with, so the usual error helpers read it.
 */
export function useUploadTrainingFile() {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const upload = async (file: File): Promise<TrainingImportFieldsFragment> => {
    setLoading(true);
    try {
      const response = await fetch(`/training/imports?fileName=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/octet-stream' },
        body: file,
      });
      const body = (await response.json().catch(() => null)) as {
        id?: string;
        errors?: ConstructorParameters<typeof CombinedGraphQLErrors>[0]['errors'];
      } | null;
      if (!response.ok || !body?.id)
        throw new CombinedGraphQLErrors({
          errors: body?.errors ?? [{ message: `${response.status} ${response.statusText}` }],
        });
      const { data } = await client.query({
        query: TrainingImportQuery,
        variables: { id: body.id },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('the preview could not be read');
      return data.trainingImport;
    } finally {
      setLoading(false);
    }
  };
  return { upload, loading };
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
