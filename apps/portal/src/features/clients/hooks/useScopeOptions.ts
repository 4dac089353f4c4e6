import { useQuery } from '@apollo/client/react';
import { BranchesQuery, RelationshipManagersQuery } from '../graphql/clients.graphql';

/** Branches and RMs for the filters a branch head or admin sees; nothing is fetched for an RM. */
export function useScopeOptions(
  withManagers: boolean,
  withBranches: boolean,
  branchId: number | undefined,
) {
  const branches = useQuery(BranchesQuery, { skip: !withBranches });
  const managers = useQuery(RelationshipManagersQuery, {
    skip: !withManagers,
    variables: { branchId: branchId ?? null },
  });
  return {
    branches: branches.data?.branches ?? [],
    /** Whether the branch list (when asked for) has arrived. */
    branchesLoaded: !withBranches || branches.data !== undefined,
    managers: managers.data?.relationshipManagers ?? [],
  };
}
