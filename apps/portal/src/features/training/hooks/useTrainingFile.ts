import { useQuery } from '@apollo/client/react';
import {
  ExpiringCertificatesQuery,
  TrainingFileQuery,
  TrainingOverviewQuery,
} from '../graphql/training.graphql';

/** One RM's training file (培训档案) for a year. */
export function useTrainingFile(managerId: number | undefined, year: number) {
  const result = useQuery(TrainingFileQuery, {
    variables: { managerId: managerId ?? 0, year },
    skip: managerId === undefined,
  });
  const data = result.data ?? result.previousData;
  return {
    file: data?.trainingFile,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

/** The files of a branch's RMs; HR and admin must name the branch, a branch head need not. */
export function useTrainingOverview(year: number, branchId: number | undefined, skip: boolean) {
  const result = useQuery(TrainingOverviewQuery, {
    variables: { year, branchId: branchId ?? null },
    skip,
  });
  const data = result.data ?? result.previousData;
  return {
    files: skip ? undefined : data?.trainingOverview,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

export function useExpiringCertificates(branchId: number | undefined) {
  const result = useQuery(ExpiringCertificatesQuery, {
    variables: { branchId: branchId ?? null },
  });
  const data = result.data ?? result.previousData;
  return {
    certificates: data?.expiringCertificates,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}
