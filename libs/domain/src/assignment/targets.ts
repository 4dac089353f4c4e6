/**
 * Equal allocation (docs/domain.md rule 3) as water-filling: every eligible RM of a branch gets
 * the same workload level L, except RMs whose capacity cannot carry L, who get their
 * capacity; L is chosen so the targets add up to the branch's workload.
 *
 * Capacity counts clients while targets are workload, so an RM's capacity is converted
 * at the branch's mean workload per core client (capacity x mean). That is an
 * approximation: an RM at its client limit may carry more or less workload than that,
 * depending on which clients it holds. Targets only decide when a kept pair may be moved
 * for balance and which RM a new client goes to first; the books themselves are evened on
 * real workload, so the approximation never makes a plan invalid.
 */
export function workloadTargets(
  capacities: readonly number[],
  totalWorkload: number,
  clientCount: number,
): number[] {
  if (clientCount === 0) return capacities.map(() => 0);
  const meanWorkload = totalWorkload / clientCount;
  const room = capacities.map((capacity) => capacity * meanWorkload);
  const totalRoom = room.reduce((sum, r) => sum + r, 0);
  // Over-full (or exactly full) branch: everyone's target is their capacity.
  if (totalRoom <= totalWorkload) return room;

  const byRoom = room.map((_, index) => index).sort((a, b) => room[a] - room[b] || a - b);
  const targets = new Array<number>(room.length);
  let remaining = totalWorkload;
  let open = room.length;
  let next = 0;
  // Fill the smallest capacities first while they cannot reach the common level.
  for (; next < byRoom.length; next++) {
    const index = byRoom[next];
    if (room[index] >= remaining / open) break;
    targets[index] = room[index];
    remaining -= room[index];
    open--;
  }
  const level = remaining / open;
  for (; next < byRoom.length; next++) targets[byRoom[next]] = level;
  return targets;
}
