import { assignLongestFirst } from './assign-longest-first';
import { BranchBook } from './branch-book';
import { evenBooks } from './even-books';
import { workloadTargets } from './targets';
import type { PlanItem, PlanReason, SolverClient, SolverManager, SolverSettings } from './types';

/** One branch's clients and RMs, each list in id order. */
export interface BranchInput {
  branchId: number;
  clients: readonly SolverClient[];
  managers: readonly SolverManager[];
}

/** Why a core client must leave its RM, whatever else happens in the plan. */
type ForcedOff = Extract<PlanReason, 'RM_INELIGIBLE' | 'RM_OTHER_BRANCH' | 'RM_OVER_CAPACITY'>;
/** Where a core client starts the plan: a kept pair, new, or forced off its RM. */
type Start = 'KEPT' | 'NEW' | ForcedOff;

/**
 * Plans one branch (branches are independent: a client only ever goes to an RM of its own
 * branch) and appends its items, in client id order, to `items`.
 */
export function planBranch(
  branch: BranchInput,
  managerById: ReadonlyMap<number, SolverManager>,
  settings: SolverSettings,
  items: PlanItem[],
): void {
  const eligible = branch.managers.filter((manager) => manager.eligible);
  const rmIndex = new Map(eligible.map((manager, index) => [manager.id, index]));
  const core = branch.clients.filter((client) => client.core);

  const starts = core.map((client) => startOf(client, managerById));
  const keptRm = core.map((client, index) =>
    starts[index] === 'KEPT' ? (rmIndex.get(client.currentManagerId as number) as number) : -1,
  );
  trimOverCapacity(core, eligible, keptRm, starts);

  const totalWorkload = core.reduce((sum, client) => sum + client.workload, 0);
  const capacities = eligible.map((manager) => manager.capacity);
  const book = new BranchBook(
    capacities,
    workloadTargets(capacities, totalWorkload, core.length),
    core.map((client) => client.workload),
    core.map((client) => client.valueFen),
  );
  keptRm.forEach((rm, client) => rm >= 0 && book.keep(client, rm));
  assignLongestFirst(
    book,
    core.map((_, client) => client).filter((client) => keptRm[client] < 0),
  );
  evenBooks(book, {
    balanceTolerance: settings.balanceTolerance,
    // The epsilon keeps 0.29 x 100 (28.999...96 in binary) at 29.
    balanceMoveCap: Math.floor(settings.maxBalanceMoveShare * core.length + 1e-9),
  });

  let coreIndex = 0;
  for (const client of branch.clients) {
    if (!client.core) {
      if (client.currentManagerId !== null) items.push(releaseItem(client));
      continue;
    }
    const rm = book.placement[coreIndex];
    const to = rm >= 0 ? eligible[rm].id : null;
    items.push(coreItem(client, to, starts[coreIndex], eligible.length > 0));
    coreIndex++;
  }
}

function startOf(client: SolverClient, managerById: ReadonlyMap<number, SolverManager>): Start {
  if (client.currentManagerId === null) return 'NEW';
  const manager = managerById.get(client.currentManagerId);
  // An RM the plan was not given cannot be shown to be eligible, so they may not hold core clients.
  if (!manager) return 'RM_INELIGIBLE';
  if (manager.branchId !== client.branchId) return 'RM_OTHER_BRANCH';
  if (!manager.eligible) return 'RM_INELIGIBLE';
  return 'KEPT';
}

/**
 * An RM holding more core clients than their capacity keeps the biggest relationships
 * (valueFen, then workload, then lower id) and gives up exactly the excess.
 */
function trimOverCapacity(
  core: readonly SolverClient[],
  eligible: readonly SolverManager[],
  keptRm: number[],
  starts: Start[],
): void {
  const keptBy = eligible.map((): number[] => []);
  keptRm.forEach((rm, client) => rm >= 0 && keptBy[rm].push(client));
  keptBy.forEach((clients, rm) => {
    if (clients.length <= eligible[rm].capacity) return;
    clients.sort(
      (a, b) => core[b].valueFen - core[a].valueFen || core[b].workload - core[a].workload || a - b,
    );
    for (const client of clients.slice(eligible[rm].capacity)) {
      keptRm[client] = -1;
      starts[client] = 'RM_OVER_CAPACITY';
    }
  });
}

function coreItem(
  client: SolverClient,
  to: number | null,
  start: Start,
  branchHasEligibleRm: boolean,
): PlanItem {
  const from = client.currentManagerId;
  if (to === null) {
    const reason: PlanReason =
      start === 'RM_INELIGIBLE'
        ? 'RM_INELIGIBLE'
        : branchHasEligibleRm
          ? 'ALL_RMS_FULL'
          : 'NO_ELIGIBLE_RM';
    return item(client, 'UNPLACED', reason, to);
  }
  if (to === from) return item(client, 'KEEP', 'KEPT', to);
  if (from === null) return item(client, 'ASSIGN', 'NEW_CORE_CLIENT', to);
  // A client that had an RM is never NEW: it moves for balance or because it was forced off.
  return item(client, 'MOVE', start === 'KEPT' ? 'BALANCE' : (start as ForcedOff), to);
}

function releaseItem(client: SolverClient): PlanItem {
  return item(client, 'RELEASE', 'NOT_CORE', null);
}

function item(
  client: SolverClient,
  action: PlanItem['action'],
  reason: PlanReason,
  toManagerId: number | null,
): PlanItem {
  return {
    clientId: client.id,
    branchId: client.branchId,
    action,
    reason,
    fromManagerId: client.currentManagerId,
    toManagerId,
    workload: client.workload,
    valueFen: client.valueFen,
  };
}
