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

/** The branch's newest plan, whatever its status; nothing is asked before a branch is known. */
export function useLatestPlan(branchId: number | undefined) {
  const result = useQuery(LatestAssignmentPlanQuery, {
    variables: { branchId: branchId ?? null },
    skip: branchId === undefined,
  });
  const plan = result.data?.assignmentPlans.edges[0]?.node ?? null;
  const planning = plan?.status === 'PLANNING';
  const { startPolling, stopPolling } = result;
  useEffect(() => {
    if (!planning) return;
    startPolling(PLAN_POLL_MS);
    return () => stopPolling();
  }, [planning, startPolling, stopPolling]);
  return {
    plan,
    loading: result.loading && !result.data,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

/** Statistics, the branch's RMs before and after, and the item counts of one plan. */
export function usePlanDetail(planId: number, branchId: number | undefined) {
  const result = useQuery(AssignmentPlanDetailQuery, {
    variables: { id: planId, branchId: branchId ?? null },
  });
  return {
    detail: result.data?.assignmentPlan,
    loading: result.loading && !result.data,
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
