import { compareClientIds } from './client-order';
import { planBranch, type BranchInput } from './plan-branch';
import { summarisePlan } from './plan-summary';
import type {
  AssignmentPlanResult,
  AssignmentProblem,
  PlanItem,
  SolverClient,
  SolverManager,
} from './types';
import { validateProblem } from './validate-problem';

/**
 * The core-client assignment plan (docs/domain.md rules 2-3): keep existing pairs wherever
 * the rules allow, give every core client one eligible RM of its branch within capacity,
 * and even the branch's books on service workload. Pure and deterministic: the same
 * clients and RMs, in any order, give the same plan.
 */
export function planAssignments(problem: AssignmentProblem): AssignmentPlanResult {
  // Sorting first makes every later tie-break (by index) a tie-break by id.
  const clients = [...problem.clients].sort((a, b) => compareClientIds(a.id, b.id));
  const managers = [...problem.managers].sort((a, b) => a.id - b.id);
  validateProblem(problem.settings, clients, managers);
  const managerById = new Map(managers.map((manager) => [manager.id, manager]));

  const items: PlanItem[] = [];
  for (const branch of groupByBranch(clients, managers)) {
    planBranch(branch, managerById, problem.settings, items);
  }
  return summarisePlan(clients, managers, items);
}

/** Branches in id order; grouping keeps the id order of clients and managers within each. */
function groupByBranch(
  clients: readonly SolverClient[],
  managers: readonly SolverManager[],
): BranchInput[] {
  const branches = new Map<number, { clients: SolverClient[]; managers: SolverManager[] }>();
  const branchOf = (branchId: number) => {
    let branch = branches.get(branchId);
    if (!branch) {
      branch = { clients: [], managers: [] };
      branches.set(branchId, branch);
    }
    return branch;
  };
  for (const client of clients) branchOf(client.branchId).clients.push(client);
  for (const manager of managers) branchOf(manager.branchId).managers.push(manager);
  return [...branches.entries()]
    .sort(([a], [b]) => a - b)
    .map(([branchId, branch]) => ({ branchId, ...branch }));
}
