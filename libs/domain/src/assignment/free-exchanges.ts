import type { BranchBook } from './branch-book';

/**
 * Moves and swaps of free clients (new, forced off their RM, or already moved), which the
 * plan may make at no cost. An exchange sends a client of workload `outgoing` from one RM
 * to another and, for a swap, one of workload `incoming` back (0 for a plain move, which
 * needs room at the receiving RM; a swap keeps both counts, so it also works between full
 * RMs). With the load gap g between the two RMs and d = outgoing - incoming, the branch's
 * sum of squared loads falls by 2d(g - d): the exchange evens the books when 0 < d < g and
 * is sideways (no change, the two loads trade places) when d = g.
 */
interface Exchange {
  from: number;
  to: number;
  outgoing: number;
  incoming: number;
  gain: number;
}

/** The best evening exchange from the heaviest RM that has one; false when none exists. */
export function applyFreeExchange(book: BranchBook): boolean {
  const free = freeWorkloadsByRm(book);
  const lightestLoad = Math.min(...book.load);
  for (const from of book.rmsHeaviestFirst()) {
    if (book.load[from] - lightestLoad <= 1) break;
    let best: Exchange | null = null;
    for (let to = 0; to < book.rmCount; to++) {
      for (const exchange of exchanges(book, from, to, free)) {
        if (exchange.gain > (best?.gain ?? 0)) best = exchange;
      }
    }
    if (best) {
      applyExchange(book, best);
      return true;
    }
  }
  return false;
}

/**
 * When no single exchange helps, a heaviest RM may trade places with another (a sideways
 * exchange) if that opens an evening exchange for one of the two: a two-step chain, kept
 * only when the second step exists, so every applied chain still evens the books. This is
 * what closes most of the gap to the optimum on small, full branches. The search is
 * bounded (heaviest RMs and partners in id order) so a branch of a thousand RMs stays fast.
 */
export function applySidewaysChain(book: BranchBook): boolean {
  const free = freeWorkloadsByRm(book);
  const maxLoad = Math.max(...book.load);
  let tries = 0;
  for (let from = 0; from < book.rmCount; from++) {
    if (book.load[from] !== maxLoad) continue;
    for (let to = 0; to < book.rmCount; to++) {
      for (const sideways of exchanges(book, from, to, free)) {
        if (sideways.gain !== 0) continue;
        if (++tries > MAX_SIDEWAYS_TRIES) return false;
        const undo = applyExchange(book, sideways);
        free[from] = book.freeWorkloads(from);
        free[to] = book.freeWorkloads(to);
        const next = bestExchangeTouching(book, [from, to], free);
        if (next) {
          applyExchange(book, next);
          return true;
        }
        undo();
        free[from] = book.freeWorkloads(from);
        free[to] = book.freeWorkloads(to);
      }
    }
  }
  return false;
}

/** Enough to try every sideways exchange of a branch of a dozen RMs. */
const MAX_SIDEWAYS_TRIES = 512;

/** After a sideways step only exchanges with one of its two RMs can be new. */
function bestExchangeTouching(
  book: BranchBook,
  touched: readonly number[],
  free: (readonly number[])[],
): Exchange | null {
  let best: Exchange | null = null;
  const consider = (exchange: Exchange) => {
    if (exchange.gain > (best?.gain ?? 0)) best = exchange;
  };
  for (const rm of touched) {
    for (let other = 0; other < book.rmCount; other++) {
      exchanges(book, rm, other, free).forEach(consider);
      exchanges(book, other, rm, free).forEach(consider);
    }
  }
  return best;
}

/** Every exchange from one RM to a lighter one that does not unbalance them (d <= g). */
function exchanges(
  book: BranchBook,
  from: number,
  to: number,
  free: (readonly number[])[],
): Exchange[] {
  const gap = book.load[from] - book.load[to];
  if (from === to || gap <= 0) return [];
  const found: Exchange[] = [];
  const add = (outgoing: number, incoming: number) => {
    const d = outgoing - incoming;
    found.push({ from, to, outgoing, incoming, gain: d * (gap - d) });
  };
  for (const outgoing of free[from]) {
    if (outgoing <= gap && book.hasRoom(to)) add(outgoing, 0);
    for (const incoming of free[to]) {
      const d = outgoing - incoming;
      if (d <= 0) break;
      if (d <= gap) add(outgoing, incoming);
    }
  }
  return found;
}

/** Applies an exchange to the lowest-id free clients of those workloads; returns its undo. */
function applyExchange(book: BranchBook, exchange: Exchange): () => void {
  const outgoing = book.freeClientWith(exchange.from, exchange.outgoing);
  const incoming = exchange.incoming > 0 ? book.freeClientWith(exchange.to, exchange.incoming) : -1;
  book.move(outgoing, exchange.to);
  if (incoming >= 0) book.move(incoming, exchange.from);
  return () => {
    book.move(outgoing, exchange.from);
    if (incoming >= 0) book.move(incoming, exchange.to);
  };
}

function freeWorkloadsByRm(book: BranchBook): (readonly number[])[] {
  return Array.from({ length: book.rmCount }, (_, rm) => book.freeWorkloads(rm));
}
