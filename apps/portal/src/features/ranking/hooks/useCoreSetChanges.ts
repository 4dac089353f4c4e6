import { useQuery } from '@apollo/client/react';
import type { CoreChange } from '../../../gql/graphql';
import type { PageSize } from '../../../shared/pageSizes';
import { CoreSetChangesQuery } from '../graphql/ranking.graphql';

/** One page of the clients that entered or left the core set in the latest run. */
export function useCoreSetChanges(
  change: CoreChange,
  branchId: number | undefined,
  pageSize: PageSize,
  after: string | null,
) {
  const result = useQuery(CoreSetChangesQuery, {
    variables: { change, branchId: branchId ?? null, first: pageSize, after },
  });
  const data = result.data ?? result.previousData;
  return {
    connection: data?.coreSetChanges,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}
