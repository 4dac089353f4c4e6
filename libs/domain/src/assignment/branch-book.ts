/**
 * The books of one branch while a plan is built: which eligible RM holds which core
 * client, and each RM's client count and workload. Clients and RMs are indices
 * (clients in id order, RMs in id order), so every tie-break by index is a tie-break by id.
 *
 * A client is *free* when the plan may move it at no cost: it is new, was forced off its
 * RM, or has already been moved once for balance. A client sitting with its home RM (the
 * kept pair) may only leave as a counted BALANCE move.
 */
export class BranchBook {
  readonly load: number[];
  readonly count: number[];
  readonly members: number[][];
  /** RM index holding each client, or -1. */
  readonly placement: Int32Array;
  /** Kept pairs' RM index (where the client sat before the plan), or -1. */
  readonly home: Int32Array;
  /** Kept-pair clients currently away from home: BALANCE moves made so far. */
  balanceMoves = 0;
  /** Per RM: workload -> number of free clients with that workload. */
  private readonly freeByWorkload: Map<number, number>[];
  /** freeWorkloads() per RM, dropped whenever the RM's free clients change. */
  private readonly freeWorkloadsCache: (readonly number[] | null)[];
  private readonly slot: Int32Array;

  constructor(
    readonly capacity: readonly number[],
    readonly target: readonly number[],
    readonly workload: readonly number[],
    readonly valueFen: readonly number[],
  ) {
    const rms = capacity.length;
    this.load = new Array<number>(rms).fill(0);
    this.count = new Array<number>(rms).fill(0);
    this.members = Array.from({ length: rms }, () => []);
    this.freeByWorkload = Array.from({ length: rms }, () => new Map<number, number>());
    this.freeWorkloadsCache = new Array<readonly number[] | null>(rms).fill(null);
    this.placement = new Int32Array(workload.length).fill(-1);
    this.home = new Int32Array(workload.length).fill(-1);
    this.slot = new Int32Array(workload.length).fill(-1);
  }

  get rmCount(): number {
    return this.capacity.length;
  }

  hasRoom(rm: number): boolean {
    return this.count[rm] < this.capacity[rm];
  }

  isFree(client: number): boolean {
    return this.home[client] < 0 || this.placement[client] !== this.home[client];
  }

  /** Free clients' workloads on an RM, ascending (each with at least one client). */
  freeWorkloads(rm: number): readonly number[] {
    const cached = this.freeWorkloadsCache[rm];
    if (cached) return cached;
    const workloads: number[] = [];
    for (const [workload, clients] of this.freeByWorkload[rm]) {
      if (clients > 0) workloads.push(workload);
    }
    workloads.sort((a, b) => a - b);
    this.freeWorkloadsCache[rm] = workloads;
    return workloads;
  }

  /** The free client of an RM with this workload and the lowest id. */
  freeClientWith(rm: number, workload: number): number {
    let found = -1;
    for (const client of this.members[rm]) {
      if (
        this.workload[client] === workload &&
        this.isFree(client) &&
        (found < 0 || client < found)
      ) {
        found = client;
      }
    }
    return found;
  }

  /** RM indices by load, heaviest first (ties by id). */
  rmsHeaviestFirst(): number[] {
    return Array.from({ length: this.rmCount }, (_, rm) => rm).sort(
      (a, b) => this.load[b] - this.load[a] || a - b,
    );
  }

  /** The two least-loaded RMs with room (ties by id); -1 where there is none. */
  lightestWithRoom(): [number, number] {
    let first = -1;
    let second = -1;
    for (let rm = 0; rm < this.rmCount; rm++) {
      if (!this.hasRoom(rm)) continue;
      if (first < 0 || this.load[rm] < this.load[first]) {
        second = first;
        first = rm;
      } else if (second < 0 || this.load[rm] < this.load[second]) {
        second = rm;
      }
    }
    return [first, second];
  }

  /** Seats a kept pair before anything else is placed. */
  keep(client: number, rm: number): void {
    this.home[client] = rm;
    this.place(client, rm);
  }

  place(client: number, rm: number): void {
    this.placement[client] = rm;
    this.slot[client] = this.members[rm].length;
    this.members[rm].push(client);
    this.count[rm]++;
    this.load[rm] += this.workload[client];
    if (this.isFree(client)) this.tallyFree(rm, client, 1);
  }

  move(client: number, to: number): void {
    const from = this.placement[client];
    const home = this.home[client];
    if (home >= 0 && from === home) this.balanceMoves++;
    if (home >= 0 && to === home) this.balanceMoves--;
    this.remove(client);
    this.place(client, to);
  }

  private remove(client: number): void {
    const rm = this.placement[client];
    if (this.isFree(client)) this.tallyFree(rm, client, -1);
    const members = this.members[rm];
    const last = members.pop() as number;
    if (last !== client) {
      members[this.slot[client]] = last;
      this.slot[last] = this.slot[client];
    }
    this.count[rm]--;
    this.load[rm] -= this.workload[client];
    this.placement[client] = -1;
    this.slot[client] = -1;
  }

  private tallyFree(rm: number, client: number, change: number): void {
    const byWorkload = this.freeByWorkload[rm];
    const workload = this.workload[client];
    byWorkload.set(workload, (byWorkload.get(workload) ?? 0) + change);
    this.freeWorkloadsCache[rm] = null;
  }
}
