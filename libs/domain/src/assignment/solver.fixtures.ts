import { planViolations } from './plan-violations';
import { planAssignments } from './solver';
import type {
  AssignmentPlanResult,
  AssignmentProblem,
  PlanItem,
  SolverClient,
  SolverManager,
  SolverSettings,
} from './types';

// The solver specs' (solver-reasons, solver-balance, solver-plan) clients, RMs and plans.

export const settings: SolverSettings = { balanceTolerance: 1.05, maxBalanceMoveShare: 0.1 };

export const rm = (id: number, extra: Partial<SolverManager> = {}): SolverManager => ({
  id,
  branchId: 1,
  capacity: 100,
  eligible: true,
  ...extra,
});

export const client = (
  id: number,
  currentManagerId: number | null,
  extra: Partial<SolverClient> = {},
): SolverClient => ({
  id: String(id),
  branchId: 1,
  core: true,
  workload: 1,
  valueFen: 100_000,
  currentManagerId,
  ...extra,
});

/** `count` core clients held by one RM, ids from `firstId` up. */
export const bookOf = (
  managerId: number | null,
  firstId: number,
  count: number,
  extra: Partial<SolverClient> = {},
): SolverClient[] => Array.from({ length: count }, (_, k) => client(firstId + k, managerId, extra));

/** Plans and checks the rules no plan may break, so every scenario also checks validity. */
export function plan(
  clients: SolverClient[],
  managers: SolverManager[],
  planSettings: SolverSettings = settings,
): AssignmentPlanResult {
  const problem: AssignmentProblem = { clients, managers, settings: planSettings };
  const result = planAssignments(problem);
  expect(planViolations(problem, result)).toEqual([]);
  return result;
}

export const itemOf = (result: AssignmentPlanResult, id: number): PlanItem | undefined =>
  result.items.find((item) => item.clientId === String(id));

export const heldBy = (result: AssignmentPlanResult, managerId: number) =>
  result.managers.find((m) => m.managerId === managerId);

export const actions = (result: AssignmentPlanResult) =>
  result.items.map((item) => `${item.action}:${item.reason}`);

/** The clients as they stand once the plan is applied. */
export function applied(clients: SolverClient[], result: AssignmentPlanResult): SolverClient[] {
  const to = new Map(result.items.map((item) => [item.clientId, item.toManagerId]));
  return clients.map((c) => ({ ...c, currentManagerId: to.has(c.id) ? to.get(c.id)! : null }));
}
