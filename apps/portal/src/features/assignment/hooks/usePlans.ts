import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApplyAssignmentPlanMutation,
  AssignmentPlanDetailQuery,
  DiscardAssignmentPlanMutation,
  LatestAssignmentPlanQuery,
  PlanAssignmentMutation,
} from '../graphql/assignment.graphql';

/** A plan still being made (by this user or anyone) is watched this often. */
export const PLAN_POLL_MS = 1000;

/**
 * The newest plan of a branch, or of the whole bank (branchId null), whatever its status.
 * Watched while it is being made, and while this user's own planning request runs (the
 * new plan row appears, with its progress, before the request returns).
 */
export function useLatestPlan(branchId: number | null, requesting = false) {
  const result = useQuery(LatestAssignmentPlanQuery, {
    variables: { branchId, wholeBank: branchId === null },
  });
  const plan = result.data?.assignmentPlans.edges[0]?.node ?? null;
  const watching = requesting || plan?.status === 'PLANNING';
  const { startPolling, stopPolling } = result;
  useEffect(() => {
    if (!watching) return;
    startPolling(PLAN_POLL_MS);
    return () => stopPolling();
  }, [watching, startPolling, stopPolling]);
  return {
    plan,
    loading: result.loading && !result.data,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

/**
 * Statistics, branch balances and item counts of one plan, with the RMs' books before and
 * after of one branch (none asked for when branchId is undefined: a whole-bank plan holds
 * every RM of the bank, so its books are read a branch at a time).
 */
export function usePlanDetail(planId: number, branchId: number | undefined) {
  const result = useQuery(AssignmentPlanDetailQuery, {
    variables: { id: planId, branchId: branchId ?? null, withManagers: branchId !== undefined },
  });
  // Keeps the figures on screen while another branch's books are read.
  const data = result.data ?? result.previousData;
  return {
    detail: data?.assignmentPlan,
    loading: result.loading && !data,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

// Applying or discarding changes the books, the plan list and every client's RM.
const AFTER_DECISION = [
  'LatestAssignmentPlan',
  'AssignmentPlanDetail',
  'AssignmentPlanItems',
  'Clients',
];

export function usePlanAssignment() {
  return useMutation(PlanAssignmentMutation, {
    refetchQueries: ['LatestAssignmentPlan'],
    awaitRefetchQueries: true,
  });
}

export function useApplyPlan() {
  return useMutation(ApplyAssignmentPlanMutation, {
    refetchQueries: AFTER_DECISION,
    awaitRefetchQueries: true,
  });
}

export function useDiscardPlan() {
  return useMutation(DiscardAssignmentPlanMutation, {
    refetchQueries: AFTER_DECISION,
    awaitRefetchQueries: true,
  });
}
