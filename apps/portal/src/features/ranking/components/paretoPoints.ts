/** One x position of the Pareto chart, in percent: clients (x) and value held (the rest). */
export interface ParetoPoint {
  clientsPercent: number;
  bank?: number;
  branch?: number;
  equal: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Chart rows for the Lorenz/Pareto curves: the bank's 100 slices and a branch's 20 are
 * placed on one percent axis, with the diagonal (value spread evenly) for reference.
 * Each curve starts at the origin; a slice's point sits at the right edge of the slice.
 */
export function paretoPoints(bank?: readonly number[], branch?: readonly number[]): ParetoPoint[] {
  const rows = new Map<number, ParetoPoint>();
  const row = (x: number) => {
    let found = rows.get(x);
    if (!found) {
      found = { clientsPercent: x, equal: x };
      rows.set(x, found);
    }
    return found;
  };
  const place = (curve: readonly number[], key: 'bank' | 'branch') => {
    if (curve.length === 0) return;
    row(0)[key] = 0;
    curve.forEach((share, i) => {
      row(round(((i + 1) * 100) / curve.length))[key] = round(share * 100);
    });
  };
  if (bank) place(bank, 'bank');
  if (branch) place(branch, 'branch');
  return [...rows.values()].sort((a, b) => a.clientsPercent - b.clientsPercent);
}
