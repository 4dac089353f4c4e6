import { workloadTargets } from './targets';

describe('workload targets (equal allocation, capped by capacity)', () => {
  it('gives every RM the same share when capacity is no constraint', () => {
    expect(workloadTargets([100, 100, 100, 100], 60, 40)).toEqual([15, 15, 15, 15]);
  });

  it('caps a small capacity (converted at the mean workload) and spreads the rest evenly', () => {
    // 40 clients of mean workload 1.5: capacity 4 carries about 6, the other two share 54.
    expect(workloadTargets([4, 100, 100], 60, 40)).toEqual([6, 27, 27]);
  });

  it('targets each capacity when the branch has more clients than room', () => {
    expect(workloadTargets([10, 20], 100, 50)).toEqual([20, 40]);
  });

  it('targets nothing when the branch has no core clients', () => {
    expect(workloadTargets([10, 20], 0, 0)).toEqual([0, 0]);
  });

  it('always adds up to the branch workload when there is room for it', () => {
    const targets = workloadTargets([3, 7, 2, 40, 11], 97, 45);
    expect(targets.reduce((sum, t) => sum + t, 0)).toBeCloseTo(97);
  });
});
