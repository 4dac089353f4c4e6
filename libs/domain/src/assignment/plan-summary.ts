import type {
  AssignmentPlanResult,
  BranchBalance,
  ManagerLoad,
  PlanItem,
  PlanStatistics,
  SolverClient,
  SolverManager,
} from './types';

/**
 * Reads the plan's items back into books: every RM before and after, each branch's
 * balance, and the plan's totals. Sums of valueFen are integer additions, exact below 2^53.
 */
export function summarisePlan(
  clients: readonly SolverClient[],
  managers: readonly SolverManager[],
  items: PlanItem[],
): AssignmentPlanResult {
  const managerLoads = managerBooks(clients, managers, items);
  const branches = branchBalances(clients, managerLoads, items);
  return {
    items,
    managers: managerLoads,
    branches,
    statistics: planStatistics(clients, items, branches),
  };
}

/** Managers by branch, then id; before counts every client held, after only core clients. */
function managerBooks(
  clients: readonly SolverClient[],
  managers: readonly SolverManager[],
  items: readonly PlanItem[],
): ManagerLoad[] {
  const books = new Map<number, ManagerLoad>();
  for (const manager of [...managers].sort((a, b) => a.branchId - b.branchId || a.id - b.id)) {
    books.set(manager.id, {
      managerId: manager.id,
      branchId: manager.branchId,
      capacity: manager.capacity,
      eligible: manager.eligible,
      clientsBefore: 0,
      workloadBefore: 0,
      valueFenBefore: 0,
      clientsAfter: 0,
      workloadAfter: 0,
      valueFenAfter: 0,
    });
  }
  for (const client of clients) {
    const book = client.currentManagerId === null ? undefined : books.get(client.currentManagerId);
    if (!book) continue;
    book.clientsBefore++;
    book.workloadBefore += client.workload;
    book.valueFenBefore += client.valueFen;
  }
  for (const item of items) {
    const book = item.toManagerId === null ? undefined : books.get(item.toManagerId);
    if (!book) continue;
    book.clientsAfter++;
    book.workloadAfter += item.workload;
    book.valueFenAfter += item.valueFen;
  }
  return [...books.values()];
}

interface BranchTally {
  coreClients: number;
  unplaced: number;
  largestWorkload: number;
  largestValueFen: number;
  rms: ManagerLoad[];
}

function branchBalances(
  clients: readonly SolverClient[],
  managerLoads: readonly ManagerLoad[],
  items: readonly PlanItem[],
): BranchBalance[] {
  const tallies = new Map<number, BranchTally>();
  const tallyOf = (branchId: number): BranchTally => {
    let tally = tallies.get(branchId);
    if (!tally) {
      tally = { coreClients: 0, unplaced: 0, largestWorkload: 0, largestValueFen: 0, rms: [] };
      tallies.set(branchId, tally);
    }
    return tally;
  };
  for (const client of clients) {
    const tally = tallyOf(client.branchId);
    if (client.core) tally.coreClients++;
  }
  for (const item of items) {
    const tally = tallyOf(item.branchId);
    if (item.action === 'UNPLACED') tally.unplaced++;
    // The lower bounds look at placed clients: an unplaced client weighs on no book.
    if (item.toManagerId !== null) {
      tally.largestWorkload = Math.max(tally.largestWorkload, item.workload);
      tally.largestValueFen = Math.max(tally.largestValueFen, item.valueFen);
    }
  }
  // Branches are those of the plan's clients: an RM of another branch who merely holds one
  // of them (a foreign holder) does not put their branch on the plan.
  for (const load of managerLoads) {
    if (load.eligible) tallies.get(load.branchId)?.rms.push(load);
  }

  return [...tallies.entries()]
    .sort(([a], [b]) => a - b)
    .map(([branchId, tally]) => branchBalance(branchId, tally));
}

function branchBalance(branchId: number, tally: BranchTally): BranchBalance {
  const workload = spread(
    tally.rms.map((rm) => rm.workloadAfter),
    tally.largestWorkload,
  );
  const value = spread(
    tally.rms.map((rm) => rm.valueFenAfter),
    tally.largestValueFen,
  );
  return {
    branchId,
    eligibleManagers: tally.rms.length,
    coreClients: tally.coreClients,
    unplaced: tally.unplaced,
    meanWorkload: workload.mean,
    maxWorkload: workload.max,
    maxMeanWorkloadRatio: workload.ratio,
    workloadLowerBoundRatio: workload.lowerBoundRatio,
    meanValueFen: value.mean,
    maxValueFen: value.max,
    maxMeanValueRatio: value.ratio,
    valueLowerBoundRatio: value.lowerBoundRatio,
  };
}

/**
 * Max/mean over a branch's eligible RMs, and the best any plan could reach: no book can be
 * lighter than the mean, nor than the single largest client it must hold. Ratios are 0 when
 * the branch has no eligible RM, and 1 (perfectly even) when there is nothing to hold.
 */
function spread(books: readonly number[], largestClient: number) {
  if (books.length === 0) return { mean: 0, max: 0, ratio: 0, lowerBoundRatio: 0 };
  const total = books.reduce((sum, book) => sum + book, 0);
  const mean = total / books.length;
  const max = Math.max(...books);
  if (total === 0) return { mean, max, ratio: 1, lowerBoundRatio: 1 };
  return { mean, max, ratio: max / mean, lowerBoundRatio: Math.max(mean, largestClient) / mean };
}

function planStatistics(
  clients: readonly SolverClient[],
  items: readonly PlanItem[],
  branches: readonly BranchBalance[],
): PlanStatistics {
  const actions = { KEEP: 0, ASSIGN: 0, MOVE: 0, RELEASE: 0, UNPLACED: 0 };
  let balanceMoves = 0;
  for (const item of items) {
    actions[item.action]++;
    if (item.reason === 'BALANCE') balanceMoves++;
  }
  const coreWithRm = clients.filter((c) => c.core && c.currentManagerId !== null).length;
  const worst = (pick: (branch: BranchBalance) => number) =>
    branches.reduce((max, branch) => Math.max(max, pick(branch)), 0);
  return {
    clients: clients.length,
    keeps: actions.KEEP,
    assigns: actions.ASSIGN,
    moves: actions.MOVE,
    releases: actions.RELEASE,
    unplaced: actions.UNPLACED,
    balanceMoves,
    keptShare: coreWithRm === 0 ? 1 : actions.KEEP / coreWithRm,
    maxMeanWorkloadRatio: worst((b) => b.maxMeanWorkloadRatio),
    workloadLowerBoundRatio: worst((b) => b.workloadLowerBoundRatio),
    maxMeanValueRatio: worst((b) => b.maxMeanValueRatio),
    valueLowerBoundRatio: worst((b) => b.valueLowerBoundRatio),
  };
}
