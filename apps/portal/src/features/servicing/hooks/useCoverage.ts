import { useQuery } from '@apollo/client/react';
import { BranchCoverageQuery, ManagerCoverageQuery } from '../graphql/servicing.graphql';
import type { CoveragePeriod } from './coveragePeriod';

/** Coverage per RM: a branch head's own branch, or (admin) the branch chosen. */
export function useManagerCoverage(
  period: CoveragePeriod,
  branchId: number | undefined,
  skip: boolean,
) {
  const result = useQuery(ManagerCoverageQuery, {
    variables: { from: period.from, to: period.to, branchId: branchId ?? null },
    skip,
  });
  return {
    rows: (result.data ?? result.previousData)?.managerCoverage,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

/** Coverage per branch (admin). */
export function useBranchCoverage(period: CoveragePeriod, skip: boolean) {
  const result = useQuery(BranchCoverageQuery, {
    variables: { from: period.from, to: period.to },
    skip,
  });
  return {
    rows: (result.data ?? result.previousData)?.branchCoverage,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}
