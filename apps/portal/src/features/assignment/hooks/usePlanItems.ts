import { useQuery } from '@apollo/client/react';
import type { PlanItemFilter } from '../../../gql/graphql';
import type { PageSize } from '../../../shared/pageSizes';
import { AssignmentPlanItemsQuery } from '../graphql/assignment.graphql';

/** One server page of a plan's items (its diff), filtered by action, reason, RM or client. */
export function usePlanItems(
  planId: number,
  filter: PlanItemFilter,
  pageSize: PageSize,
  after: string | null,
) {
  const result = useQuery(AssignmentPlanItemsQuery, {
    variables: { id: planId, filter, first: pageSize, after },
  });
  const data = result.data ?? result.previousData;
  return {
    connection: data?.assignmentPlan.items,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}
