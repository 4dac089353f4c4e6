import type { BranchBook } from './branch-book';
import { IndexHeap } from './manager-heap';

/**
 * Places the clients that need an RM (new core clients and those forced off their RM),
 * longest workload first, each on the eligible RM whose load is lowest relative to their
 * target and who still has room: the classic longest-processing-time greedy, with a heap
 * so a branch of any size is placed in O(n log m). Clients left over when every RM is full
 * stay unplaced (placement -1); being last in line, they are the smallest workloads.
 */
export function assignLongestFirst(book: BranchBook, clients: readonly number[]): void {
  const order = longestFirst(book, clients);
  // Load relative to target; every RM with room has a positive target (capacity > 0 and the
  // branch has clients).
  const relativeLoad = book.load.map((load, rm) => load / book.target[rm]);
  const heap = new IndexHeap(
    (a, b) => relativeLoad[a] < relativeLoad[b] || (relativeLoad[a] === relativeLoad[b] && a < b),
  );
  for (let rm = 0; rm < book.rmCount; rm++) if (book.hasRoom(rm)) heap.push(rm);

  for (const client of order) {
    const rm = heap.peek();
    if (rm < 0) return;
    book.place(client, rm);
    relativeLoad[rm] = book.load[rm] / book.target[rm];
    if (book.hasRoom(rm)) heap.firstGrew();
    else heap.pop();
  }
}

/** Clients by workload, largest first, then by id: buckets keep the id order they come in. */
function longestFirst(book: BranchBook, clients: readonly number[]): number[] {
  const byWorkload = new Map<number, number[]>();
  for (const client of clients) {
    const workload = book.workload[client];
    const bucket = byWorkload.get(workload);
    if (bucket) bucket.push(client);
    else byWorkload.set(workload, [client]);
  }
  return [...byWorkload.keys()]
    .sort((a, b) => b - a)
    .flatMap((workload) => byWorkload.get(workload) as number[]);
}
