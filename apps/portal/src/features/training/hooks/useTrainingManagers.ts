import { useQuery } from '@apollo/client/react';
import { BranchesQuery } from '../../clients/graphql/clients.graphql';
import { TrainingManagersQuery } from '../graphql/training.graphql';

/** Branches and RMs for the training filters and forms (HR and admin see every branch). */
export function useTrainingScope(branchId: number | undefined, options: { branches: boolean }) {
  const branches = useQuery(BranchesQuery, { skip: !options.branches });
  const managers = useQuery(TrainingManagersQuery, { variables: { branchId: branchId ?? null } });
  return {
    branches: branches.data?.branches ?? [],
    managers: managers.data?.relationshipManagers ?? [],
    managersLoading: managers.loading,
  };
}
