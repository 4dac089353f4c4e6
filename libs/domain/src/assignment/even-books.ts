import { applyFreeExchange, applySidewaysChain } from './free-exchanges';
import type { BranchBook } from './branch-book';

/**
 * Evens a branch's books after placement. Imbalance is the sum of the squared workloads of
 * the branch's RMs: moving a client of workload w from an RM with load a to one with load b
 * changes it by 2w(b + w - a), so the move strictly evens the books exactly when
 * a - b > w. Every step strictly lowers that sum, so the loop cannot cycle, and no step
 * raises the largest book.
 *
 * First, free clients (new, forced off their RM, already moved) are moved, swapped or
 * chained at no cost (free-exchanges.ts). Only when that is exhausted is a kept pair
 * broken, as a BALANCE move: its RM must be above balanceTolerance x target, the branch's
 * cap must allow one more, and the move must strictly even the books. Ending only when
 * neither is possible is what makes the plan a fixed point: re-planning its outcome finds
 * every client kept and no kept pair allowed to move (unless this plan ran out of its
 * balance-move cap; the next plan then carries on evening the books).
 */
export interface BalanceRules {
  balanceTolerance: number;
  /** BALANCE moves this plan may make in the branch. */
  balanceMoveCap: number;
}

export function evenBooks(book: BranchBook, rules: BalanceRules): void {
  // A safety net only: each step lowers the imbalance, so real books settle far sooner.
  const maxSteps = 8 * book.workload.length + 8 * book.rmCount + 64;
  for (let step = 0; step < maxSteps; step++) {
    if (applyFreeExchange(book) || applySidewaysChain(book)) continue;
    if (applyBalanceMove(book, rules)) continue;
    return;
  }
}

/**
 * Breaks the kept pair whose move evens the books most; among equals the smaller
 * relationship (valueFen), then the lower id, so the biggest relationships stay put.
 */
function applyBalanceMove(book: BranchBook, rules: BalanceRules): boolean {
  // Free clients have no improving move left, so only kept pairs remain: each costs one.
  if (book.balanceMoves >= rules.balanceMoveCap) return false;
  const lightest = book.lightestWithRoom();
  let best: { client: number; to: number; gain: number } | null = null;
  for (let source = 0; source < book.rmCount; source++) {
    if (!(book.load[source] > rules.balanceTolerance * book.target[source])) continue;
    const destination = lightest[0] === source ? lightest[1] : lightest[0];
    if (destination < 0) continue;
    const gap = book.load[source] - book.load[destination];
    for (const client of book.members[source]) {
      const workload = book.workload[client];
      if (workload >= gap) continue;
      const gain = workload * (gap - workload);
      if (
        !best ||
        gain > best.gain ||
        (gain === best.gain && smallerRelationship(book, client, best.client))
      ) {
        best = { client, to: destination, gain };
      }
    }
  }
  if (!best) return false;
  book.move(best.client, best.to);
  return true;
}

function smallerRelationship(book: BranchBook, client: number, than: number): boolean {
  const difference = book.valueFen[client] - book.valueFen[than];
  return difference < 0 || (difference === 0 && client < than);
}
