import { FACT_MONTHS } from './calendar';
import type { ClientModel } from './client-model';
import type { SeedBranch } from './organisation';
import { Rng, Stream } from './rng';

/**
 * What the first pass learns about every client before any row is written: the value
 * figures for the clients table, and the current RM ("before Corebook" books).
 */
export interface BookPlan {
  /** Fen, per client index. */
  contribution12m: Float64Array;
  aum: Float64Array;
  /** Day number, -1 when the client never transacted. */
  lastActivity: Int32Array;
  /** relationship_managers.id, 0 for the branch pool. */
  manager: Int32Array;
  factRows: number;
}

export function emptyBookPlan(clients: number): BookPlan {
  return {
    contribution12m: new Float64Array(clients),
    aum: new Float64Array(clients),
    lastActivity: new Int32Array(clients),
    manager: new Int32Array(clients),
    factRows: 0,
  };
}

/** Value figures of one branch's clients (the model's first pass). */
export function measureBranch(branch: SeedBranch, model: ClientModel, plan: BookPlan): void {
  const end = branch.firstClient + branch.clientCount;
  for (let i = branch.firstClient; i < end; i++) {
    model.simulate(i);
    plan.contribution12m[i] = model.contribution12m;
    plan.aum[i] = model.aum;
    plan.lastActivity[i] = model.lastActivityDay;
    plan.factRows += FACT_MONTHS - model.firstMonth;
  }
}

/**
 * Current RMs as a bank has them before Corebook: roughly the most valuable 20-25% of the
 * branch's clients sit with its RMs, but imperfectly: a few core-looking clients are left
 * in the pool, some lower-value clients are assigned, and books are uneven (bookWeight).
 * RMs who left own nothing, and no RM holds a client of another branch.
 */
export function assignBranch(branch: SeedBranch, seed: number, plan: BookPlan): void {
  const eligible = branch.managers.filter((manager) => manager.bookWeight > 0);
  if (eligible.length === 0 || branch.clientCount === 0) return;
  const cumulative = new Float64Array(eligible.length);
  let total = 0;
  eligible.forEach((manager, k) => {
    total += manager.bookWeight;
    cumulative[k] = total;
  });

  const order = new Uint32Array(branch.clientCount);
  for (let k = 0; k < order.length; k++) order[k] = branch.firstClient + k;
  const value = plan.contribution12m;
  order.sort((a, b) => value[b] - value[a] || a - b);

  const rng = new Rng(seed, Stream.Assignment, branch.id);
  const target = Math.round(branch.clientCount * (0.2 + 0.05 * rng.float()));
  for (let rank = 0; rank < order.length; rank++) {
    const odds = rank < target ? 0.94 : rank < 2 * target ? 0.08 : 0.01;
    if (rng.chance(odds)) plan.manager[order[rank]] = eligible[rng.pickCumulative(cumulative)].id;
  }
}
