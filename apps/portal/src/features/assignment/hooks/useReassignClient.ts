import { useMutation, useQuery } from '@apollo/client/react';
import { BranchManagersQuery, ReassignClientMutation } from '../graphql/assignment.graphql';

/** The RMs a client of this branch may be moved to. */
export function useBranchManagers(branchId: number) {
  const result = useQuery(BranchManagersQuery, { variables: { branchId } });
  return { managers: result.data?.relationshipManagers ?? [], loading: result.loading };
}

export function useReassignClient() {
  // The client's page shows the new RM and the new period of its assignment history.
  return useMutation(ReassignClientMutation, {
    refetchQueries: ['Client', 'Clients', 'LatestAssignmentPlan', 'BranchManagers'],
    awaitRefetchQueries: true,
  });
}
