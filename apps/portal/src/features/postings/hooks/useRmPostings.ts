import { useMutation, useQuery } from '@apollo/client/react';
import type { RelationshipManagerFilter } from '../../../gql/graphql';
import type { PageSize } from '../../../shared/pageSizes';
import { RmPostingsQuery, UpdateRmPostingMutation } from '../graphql/postings.graphql';

/** One server page of the RMs in the caller's scope, filtered on the server. */
export function useRmPostings(
  filter: RelationshipManagerFilter,
  pageSize: PageSize,
  after: string | null,
) {
  const result = useQuery(RmPostingsQuery, { variables: { filter, first: pageSize, after } });
  const data = result.data ?? result.previousData;
  return {
    connection: data?.relationshipManagersPage,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

// A saved posting may leave the filtered page (status filter), so the page is read again.
export function useUpdateRmPosting() {
  return useMutation(UpdateRmPostingMutation, { refetchQueries: ['RmPostings'] });
}
