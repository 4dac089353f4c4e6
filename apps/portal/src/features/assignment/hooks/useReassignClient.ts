import { useCallback } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { BranchManagersQuery, ReassignClientMutation } from '../graphql/assignment.graphql';

/** The RMs a client of this branch may be moved to. */
export function useBranchManagers(branchId: number) {
  const result = useQuery(BranchManagersQuery, { variables: { branchId } });
  return { managers: result.data?.relationshipManagers ?? [], loading: result.loading };
}

/** What a reassignment changes: the client's page, the lists and the branch's RMs and plan. */
const CHANGED_BY_REASSIGNING = ['Client', 'Clients', 'LatestAssignmentPlan', 'BranchManagers'];

/**
 * The reassignment, and `showCurrent`: after a refusal because someone else moved the client
 * meanwhile, it reads the client again so the page and the dialog show who serves it now.
 */
export function useReassignClient() {
  const apollo = useApolloClient();
  // The client's page shows the new RM and the new period of its assignment history.
  const [reassign, state] = useMutation(ReassignClientMutation, {
    refetchQueries: CHANGED_BY_REASSIGNING,
    awaitRefetchQueries: true,
  });
  const showCurrent = useCallback(
    () => apollo.refetchQueries({ include: CHANGED_BY_REASSIGNING }),
    [apollo],
  );
  return [reassign, state, showCurrent] as const;
}
