import { planAssignments } from './solver';
import { settings, rm, client, bookOf, plan, actions, applied } from './solver.fixtures';
import type { AssignmentProblem } from './types';

// The plan as a whole: stable when re-planned, independent of input order, its items and
// report, and the input it refuses.
describe('core-client assignment plan', () => {
  describe('re-planning', () => {
    it("moves nobody when fed the plan's own outcome", () => {
      const managers = [
        rm(1, { capacity: 12 }),
        rm(2, { capacity: 4 }),
        rm(3, { eligible: false }),
        rm(4),
        rm(5, { branchId: 2, capacity: 3 }),
      ];
      const clients = [
        ...bookOf(1, 1, 15, { workload: 2 }),
        ...bookOf(3, 101, 6, { workload: 3 }),
        ...bookOf(null, 201, 9),
        ...bookOf(1, 301, 2, { core: false }),
        ...bookOf(5, 401, 5, { branchId: 2 }),
        client(501, 5),
      ];
      const first = plan(clients, managers);
      expect(first.statistics.moves).toBeGreaterThan(0);

      const again = plan(applied(clients, first), managers);
      expect(again.statistics).toMatchObject({ moves: 0, assigns: 0, releases: 0 });
      expect(again.statistics.keeps).toBe(
        first.statistics.keeps + first.statistics.assigns + first.statistics.moves,
      );
      expect(again.statistics.unplaced).toBe(first.statistics.unplaced);
    });
  });

  it('gives the identical plan for the same clients and RMs in any order', () => {
    const managers = [
      rm(3),
      rm(1, { capacity: 6 }),
      rm(2, { eligible: false }),
      rm(4, { branchId: 2 }),
    ];
    const clients = [
      ...bookOf(2, 1, 8, { workload: 2 }),
      ...bookOf(null, 9, 12),
      ...bookOf(null, 100, 4, { branchId: 2, workload: 3 }),
      ...bookOf(1, 21, 9),
    ];
    const shuffled = {
      clients: [...clients].reverse(),
      managers: [...managers].reverse(),
    };
    expect(plan(shuffled.clients, shuffled.managers)).toEqual(plan(clients, managers));
  });

  it('lists items by branch, then by numeric client id', () => {
    const managers = [rm(1), rm(2, { branchId: 2 })];
    const clients = [
      client(10, null, { branchId: 2 }),
      client(9, null),
      client(100, null),
      client(2, null, { branchId: 2 }),
    ];
    const result = plan(clients, managers);
    expect(result.items.map((i) => `${i.branchId}/${i.clientId}`)).toEqual([
      '1/9',
      '1/100',
      '2/2',
      '2/10',
    ]);
  });

  it('reports each book before and after, and the branch balance', () => {
    const managers = [rm(1, { capacity: 3 }), rm(2), rm(3, { eligible: false })];
    const clients = [
      client(1, 1, { workload: 3, valueFen: 500 }),
      client(2, 1, { workload: 2, valueFen: 300 }),
      client(3, 3, { workload: 1, valueFen: 200 }),
      client(4, null, { workload: 1, valueFen: 100 }),
      client(5, 3, { core: false, workload: 1, valueFen: 50 }),
    ];
    const result = plan(clients, managers);

    expect(actions(result)).toEqual([
      'KEEP:KEPT',
      'KEEP:KEPT',
      'MOVE:RM_INELIGIBLE',
      'ASSIGN:NEW_CORE_CLIENT',
      'RELEASE:NOT_CORE',
    ]);
    expect(result.managers).toEqual([
      expect.objectContaining({
        managerId: 1,
        clientsBefore: 2,
        workloadBefore: 5,
        valueFenBefore: 800,
        clientsAfter: 2,
        workloadAfter: 5,
        valueFenAfter: 800,
      }),
      expect.objectContaining({
        managerId: 2,
        clientsBefore: 0,
        clientsAfter: 2,
        workloadAfter: 2,
        valueFenAfter: 300,
      }),
      expect.objectContaining({
        managerId: 3,
        eligible: false,
        clientsBefore: 2,
        workloadBefore: 2,
        valueFenBefore: 250,
        clientsAfter: 0,
      }),
    ]);
    expect(result.branches).toEqual([
      {
        branchId: 1,
        eligibleManagers: 2,
        coreClients: 4,
        unplaced: 0,
        meanWorkload: 3.5,
        maxWorkload: 5,
        maxMeanWorkloadRatio: 5 / 3.5,
        workloadLowerBoundRatio: 1,
        meanValueFen: 550,
        maxValueFen: 800,
        maxMeanValueRatio: 800 / 550,
        valueLowerBoundRatio: 1,
      },
    ]);
    expect(result.statistics).toEqual({
      clients: 5,
      keeps: 2,
      assigns: 1,
      moves: 1,
      releases: 1,
      unplaced: 0,
      balanceMoves: 0,
      keptShare: 2 / 3,
      maxMeanWorkloadRatio: 5 / 3.5,
      workloadLowerBoundRatio: 1,
      maxMeanValueRatio: 800 / 550,
      valueLowerBoundRatio: 1,
    });
  });

  describe('refuses input it cannot plan', () => {
    const refuse = (problem: Partial<AssignmentProblem>, message: RegExp) =>
      expect(() =>
        planAssignments({ clients: [], managers: [rm(1)], settings, ...problem }),
      ).toThrow(message);

    it('duplicate client or manager ids', () => {
      refuse({ clients: [client(1, null), client(1, null)] }, /Duplicate client id 1/);
      refuse({ managers: [rm(1), rm(1)] }, /Duplicate manager id 1/);
    });

    it('a workload that is not a positive integer', () => {
      refuse({ clients: [client(1, null, { workload: 0 })] }, /workload 0/);
      refuse({ clients: [client(1, null, { workload: 1.5 })] }, /workload 1.5/);
    });

    it('a negative capacity', () => {
      refuse({ managers: [rm(1, { capacity: -1 })] }, /capacity -1/);
    });

    it('a tolerance below 1 or a balance share outside 0-1', () => {
      refuse({ settings: { ...settings, balanceTolerance: 0.99 } }, /balanceTolerance/);
      refuse({ settings: { ...settings, maxBalanceMoveShare: 1.1 } }, /maxBalanceMoveShare/);
      refuse({ settings: { ...settings, maxBalanceMoveShare: -0.1 } }, /maxBalanceMoveShare/);
    });
  });
});
