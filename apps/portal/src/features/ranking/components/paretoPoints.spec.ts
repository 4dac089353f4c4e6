import { paretoPoints } from './paretoPoints';

describe('paretoPoints', () => {
  it('puts the bank slices and the branch slices on one percent axis from the origin', () => {
    const bank = Array.from({ length: 100 }, (_, i) => Math.min(1, 0.04 * (i + 1)));
    const branch = Array.from({ length: 20 }, (_, i) => (i + 1) / 20);
    const points = paretoPoints(bank, branch);

    expect(points).toHaveLength(101);
    expect(points[0]).toEqual({ clientsPercent: 0, bank: 0, branch: 0, equal: 0 });
    expect(points[20]).toEqual({ clientsPercent: 20, bank: 80, branch: 20, equal: 20 });
    // Between branch slices only the bank has a point; the chart joins the branch's.
    expect(points[21]).toEqual({ clientsPercent: 21, bank: 84, equal: 21 });
    expect(points.at(-1)).toEqual({ clientsPercent: 100, bank: 100, branch: 100, equal: 100 });
  });

  it('draws only the bank when no branch is chosen, and nothing for an empty curve', () => {
    expect(paretoPoints([0.5, 1]).map((p) => p.branch)).toEqual([undefined, undefined, undefined]);
    expect(paretoPoints([])).toEqual([]);
  });
});
