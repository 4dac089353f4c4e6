import { useQuery } from '@apollo/client/react';
import type { ValueTier } from '../../../gql/graphql';
import type { PageSize } from '../../../shared/pageSizes';
import { RevisitQueueQuery } from '../graphql/servicing.graphql';

/** One server page of an RM's revisit queue (the caller's own when `managerId` is absent). */
export function useRevisitQueue(
  managerId: number | undefined,
  tier: ValueTier | undefined,
  pageSize: PageSize,
  after: string | null,
) {
  const result = useQuery(RevisitQueueQuery, {
    variables: { managerId: managerId ?? null, tier: tier ?? null, first: pageSize, after },
  });
  const data = result.data ?? result.previousData;
  return {
    connection: data?.revisitQueue,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}
