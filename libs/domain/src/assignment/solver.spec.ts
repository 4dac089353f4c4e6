import { planViolations } from './plan-violations';
import { planAssignments } from './solver';
import type {
  AssignmentPlanResult,
  AssignmentProblem,
  PlanItem,
  SolverClient,
  SolverManager,
  SolverSettings,
} from './types';

const settings: SolverSettings = { balanceTolerance: 1.05, maxBalanceMoveShare: 0.1 };

const rm = (id: number, extra: Partial<SolverManager> = {}): SolverManager => ({
  id,
  branchId: 1,
  capacity: 100,
  eligible: true,
  ...extra,
});

const client = (
  id: number,
  currentManagerId: number | null,
  extra: Partial<SolverClient> = {},
): SolverClient => ({
  id: String(id),
  branchId: 1,
  core: true,
  workload: 1,
  valueFen: 100_000,
  currentManagerId,
  ...extra,
});

/** `count` core clients held by one RM, ids from `firstId` up. */
const bookOf = (
  managerId: number | null,
  firstId: number,
  count: number,
  extra: Partial<SolverClient> = {},
): SolverClient[] => Array.from({ length: count }, (_, k) => client(firstId + k, managerId, extra));

/** Plans and checks the rules no plan may break, so every scenario also checks validity. */
function plan(
  clients: SolverClient[],
  managers: SolverManager[],
  planSettings: SolverSettings = settings,
): AssignmentPlanResult {
  const problem: AssignmentProblem = { clients, managers, settings: planSettings };
  const result = planAssignments(problem);
  expect(planViolations(problem, result)).toEqual([]);
  return result;
}

const itemOf = (result: AssignmentPlanResult, id: number): PlanItem | undefined =>
  result.items.find((item) => item.clientId === String(id));

const heldBy = (result: AssignmentPlanResult, managerId: number) =>
  result.managers.find((m) => m.managerId === managerId);

const actions = (result: AssignmentPlanResult) =>
  result.items.map((item) => `${item.action}:${item.reason}`);

/** The clients as they stand once the plan is applied. */
function applied(clients: SolverClient[], result: AssignmentPlanResult): SolverClient[] {
  const to = new Map(result.items.map((item) => [item.clientId, item.toManagerId]));
  return clients.map((c) => ({ ...c, currentManagerId: to.has(c.id) ? to.get(c.id)! : null }));
}

describe('core-client assignment plan', () => {
  describe('when an RM leaves (no longer eligible)', () => {
    it("moves only the leaver's clients; everyone else keeps their RM", () => {
      const managers = [rm(1), rm(2), rm(3, { eligible: false })];
      const clients = [...bookOf(1, 1, 10), ...bookOf(2, 11, 10), ...bookOf(3, 21, 10)];
      const result = plan(clients, managers);

      for (let id = 1; id <= 20; id++) expect(itemOf(result, id)?.action).toBe('KEEP');
      for (let id = 21; id <= 30; id++) {
        expect(itemOf(result, id)).toMatchObject({
          action: 'MOVE',
          reason: 'RM_INELIGIBLE',
          fromManagerId: 3,
        });
      }
      expect(heldBy(result, 1)?.clientsAfter).toBe(15);
      expect(heldBy(result, 2)?.clientsAfter).toBe(15);
      expect(heldBy(result, 3)).toMatchObject({ clientsBefore: 10, clientsAfter: 0 });
      expect(result.statistics).toMatchObject({ keeps: 20, moves: 10, balanceMoves: 0 });
      expect(result.statistics.keptShare).toBeCloseTo(20 / 30);
    });

    it("sends the leaver's clients to the lighter books first, so no kept pair has to break", () => {
      const managers = [rm(1), rm(2), rm(3, { eligible: false })];
      const clients = [...bookOf(1, 1, 14), ...bookOf(2, 101, 6), ...bookOf(3, 201, 10)];
      const result = plan(clients, managers);

      expect(result.statistics).toMatchObject({ keeps: 20, moves: 10, balanceMoves: 0 });
      expect(heldBy(result, 1)?.workloadAfter).toBe(15);
      expect(heldBy(result, 2)?.workloadAfter).toBe(15);
    });

    it('breaks at most the balance cap of other pairs when the books stay uneven', () => {
      const managers = [rm(1), rm(2), rm(3, { eligible: false })];
      const clients = [...bookOf(1, 1, 20), ...bookOf(2, 101, 2), ...bookOf(3, 201, 8)];
      const result = plan(clients, managers);

      // 30 core clients, share 0.1: three balance moves, all from the heavy book.
      const moves = result.items.filter((item) => item.action === 'MOVE');
      expect(moves.filter((m) => m.reason === 'RM_INELIGIBLE')).toHaveLength(8);
      expect(moves.filter((m) => m.reason === 'BALANCE')).toEqual(
        Array.from({ length: 3 }, () =>
          expect.objectContaining({ fromManagerId: 1, toManagerId: 2 }),
        ),
      );
      expect(result.statistics).toMatchObject({ keeps: 19, moves: 11 });
      expect(result.managers.map((m) => m.workloadAfter)).toEqual([17, 13, 0]);
    });

    it('leaves the clients unplaced (RM_INELIGIBLE) when no one else can take them', () => {
      const managers = [rm(1, { capacity: 2 }), rm(2, { eligible: false })];
      const clients = [...bookOf(1, 1, 2), ...bookOf(2, 3, 2)];
      const result = plan(clients, managers);

      expect(itemOf(result, 3)).toMatchObject({
        action: 'UNPLACED',
        reason: 'RM_INELIGIBLE',
        fromManagerId: 2,
        toManagerId: null,
      });
      expect(heldBy(result, 2)?.clientsAfter).toBe(0);
    });
  });

  describe('the balance-move cap', () => {
    // RM 2 has just joined with an empty book: evening out is allowed, but only gradually.
    const managers = [rm(1), rm(2)];
    const clients = bookOf(1, 1, 30).map((c, k) => ({ ...c, valueFen: 1_000 * (k + 1) }));

    it('moves at most maxBalanceMoveShare of the branch for balance, the smallest relationships', () => {
      const result = plan(clients, managers);

      expect(result.statistics.balanceMoves).toBe(3);
      const moved = result.items.filter((item) => item.reason === 'BALANCE');
      expect(moved.map((item) => item.clientId)).toEqual(['1', '2', '3']);
      expect(moved.every((item) => item.fromManagerId === 1 && item.toManagerId === 2)).toBe(true);
      expect(result.statistics.keeps).toBe(27);
    });

    it('makes no balance move at all when the share is 0', () => {
      const result = plan(clients, managers, { ...settings, maxBalanceMoveShare: 0 });
      expect(result.statistics).toMatchObject({ keeps: 30, moves: 0 });
    });

    it('evens the books fully when the share allows it', () => {
      const result = plan(clients, managers, { ...settings, maxBalanceMoveShare: 1 });
      expect(result.statistics.balanceMoves).toBe(15);
      expect(result.branches[0].maxMeanWorkloadRatio).toBe(1);
    });

    it('finishes the evening out over the next plans, a capped step at a time', () => {
      const first = plan(clients, managers);
      const second = plan(applied(clients, first), managers);
      expect(second.statistics.balanceMoves).toBe(3);
      expect(heldBy(second, 2)?.clientsAfter).toBe(6);
    });

    it('leaves a book within balanceTolerance of its target alone', () => {
      // Target 20 each; 21 is within 5%, so the pair stays even though 21/19 is not even.
      const result = plan([...bookOf(1, 1, 21), ...bookOf(2, 101, 19)], managers);
      expect(result.statistics).toMatchObject({ keeps: 40, moves: 0 });
    });

    it('never moves a client for balance when the move would not even the books', () => {
      // Target 6.5 each: RM 1 at 7 is more than 5% above it, but any client it gives up
      // would leave RM 2 heavier than RM 1 was.
      const result = plan(
        [
          client(1, 1, { workload: 3 }),
          client(2, 1, { workload: 3 }),
          client(3, 1),
          client(4, 2, { workload: 3 }),
          client(5, 2, { workload: 3 }),
        ],
        managers,
        { ...settings, maxBalanceMoveShare: 1 },
      );
      expect(result.statistics.balanceMoves).toBe(0);
    });
  });

  describe('a new core client', () => {
    it('is assigned to the least-loaded RM of the branch', () => {
      const managers = [rm(1), rm(2), rm(3)];
      const clients = [
        ...bookOf(1, 1, 5),
        ...bookOf(2, 11, 3),
        ...bookOf(3, 21, 4),
        client(99, null),
      ];
      const result = plan(clients, managers);

      expect(itemOf(result, 99)).toMatchObject({
        action: 'ASSIGN',
        reason: 'NEW_CORE_CLIENT',
        fromManagerId: null,
        toManagerId: 2,
      });
      expect(result.statistics).toMatchObject({ keeps: 12, assigns: 1, moves: 0 });
    });

    it('places the heaviest new clients first, so the books come out even', () => {
      const managers = [rm(1), rm(2)];
      const clients = [
        client(1, null, { workload: 1 }),
        client(2, null, { workload: 1 }),
        client(3, null, { workload: 1 }),
        client(4, null, { workload: 3 }),
      ];
      const result = plan(clients, managers);

      expect(itemOf(result, 4)?.toManagerId).toBe(1);
      expect(heldBy(result, 1)?.workloadAfter).toBe(3);
      expect(heldBy(result, 2)?.workloadAfter).toBe(3);
    });
  });

  describe("when an RM's capacity is cut", () => {
    it('moves only the excess, and the biggest relationships stay', () => {
      const managers = [rm(1, { capacity: 5 }), rm(2, { capacity: 20 })];
      const clients = [
        ...bookOf(1, 1, 8).map((c, k) => ({ ...c, valueFen: 10_000 * (8 - k) })),
        ...bookOf(2, 11, 5),
      ];
      const result = plan(clients, managers);

      // Clients 1-5 have the highest values (80,000 down to 40,000 fen).
      for (let id = 1; id <= 5; id++) expect(itemOf(result, id)?.action).toBe('KEEP');
      for (const id of [6, 7, 8]) {
        expect(itemOf(result, id)).toMatchObject({
          action: 'MOVE',
          reason: 'RM_OVER_CAPACITY',
          fromManagerId: 1,
          toManagerId: 2,
        });
      }
      expect(heldBy(result, 1)?.clientsAfter).toBe(5);
      expect(result.statistics).toMatchObject({ keeps: 10, moves: 3 });
    });
  });

  describe('when every RM of the branch is full', () => {
    it('leaves the rest unplaced (ALL_RMS_FULL) and puts nobody over capacity', () => {
      const managers = [rm(1, { capacity: 3 }), rm(2, { capacity: 3 })];
      const clients = [
        ...[3, 3, 2, 2, 2, 1].map((workload, k) => client(k + 1, null, { workload })),
        client(7, null, { workload: 1 }),
        client(8, null, { workload: 1 }),
      ];
      const result = plan(clients, managers);

      expect(result.managers.map((m) => m.clientsAfter)).toEqual([3, 3]);
      // Longest first: the two smallest workloads are left over.
      expect(result.items.filter((i) => i.action === 'UNPLACED').map((i) => i.clientId)).toEqual([
        '7',
        '8',
      ]);
      expect(itemOf(result, 8)).toMatchObject({ reason: 'ALL_RMS_FULL', toManagerId: null });
      expect(result.branches[0].unplaced).toBe(2);
      expect(result.statistics.unplaced).toBe(2);
    });
  });

  describe('a branch with no eligible RM', () => {
    it('leaves its core clients unplaced (NO_ELIGIBLE_RM), never borrowing another branch', () => {
      const managers = [rm(1), rm(2, { branchId: 2, eligible: false })];
      const clients = [
        client(1, null, { branchId: 2 }),
        client(2, null, { branchId: 3 }),
        client(3, 1),
      ];
      const result = plan(clients, managers);

      expect(itemOf(result, 1)).toMatchObject({ action: 'UNPLACED', reason: 'NO_ELIGIBLE_RM' });
      expect(itemOf(result, 2)).toMatchObject({ action: 'UNPLACED', reason: 'NO_ELIGIBLE_RM' });
      expect(itemOf(result, 3)?.action).toBe('KEEP');
      const branch2 = result.branches.find((b) => b.branchId === 2);
      expect(branch2).toMatchObject({
        eligibleManagers: 0,
        coreClients: 1,
        unplaced: 1,
        maxMeanWorkloadRatio: 0,
        workloadLowerBoundRatio: 0,
      });
    });
  });

  describe('a single huge client', () => {
    const managers = [rm(1), rm(2), rm(3), rm(4), rm(5)];
    const small = Array.from({ length: 40 }, (_, k) => client(k + 1, null, { valueFen: 1_000 }));
    const huge = client(41, null, { workload: 20, valueFen: 10_000_000 });

    it('gets an RM of its own while the rest share the other books evenly', () => {
      const result = plan([...small, huge], managers);

      const hugeRm = itemOf(result, 41)!.toManagerId!;
      expect(heldBy(result, hugeRm)).toMatchObject({ clientsAfter: 1, workloadAfter: 20 });
      const others = result.managers.filter((m) => m.managerId !== hugeRm);
      expect(others.map((m) => m.workloadAfter)).toEqual([10, 10, 10, 10]);
      // The plan reaches the best any plan could do.
      expect(result.branches[0].maxMeanWorkloadRatio).toBeCloseTo(20 / 12);
      expect(result.branches[0].workloadLowerBoundRatio).toBeCloseTo(20 / 12);
    });

    it('reports a value lower bound far above the value ratio the rest could reach', () => {
      const withHuge = plan([...small, huge], managers).branches[0];
      const rest = plan(small, managers).branches[0];

      const mean = (40 * 1_000 + 10_000_000) / 5;
      expect(withHuge.valueLowerBoundRatio).toBeCloseTo(10_000_000 / mean);
      expect(withHuge.valueLowerBoundRatio).toBeGreaterThan(rest.maxMeanValueRatio);
      expect(withHuge.maxMeanValueRatio).toBeGreaterThanOrEqual(withHuge.valueLowerBoundRatio);
      expect(rest.valueLowerBoundRatio).toBe(1);
    });
  });

  describe('clients that are no longer core', () => {
    it('are released to the branch pool (NOT_CORE); those without an RM need no item', () => {
      const managers = [rm(1)];
      const clients = [
        client(1, 1, { core: false }),
        client(2, null, { core: false }),
        client(3, 1),
      ];
      const result = plan(clients, managers);

      expect(result.items).toEqual([
        expect.objectContaining({
          clientId: '1',
          action: 'RELEASE',
          reason: 'NOT_CORE',
          fromManagerId: 1,
          toManagerId: null,
        }),
        expect.objectContaining({ clientId: '3', action: 'KEEP' }),
      ]);
      // Before counts every client the RM held; after, only core clients.
      expect(heldBy(result, 1)).toMatchObject({ clientsBefore: 2, clientsAfter: 1 });
      expect(result.statistics).toMatchObject({ clients: 3, releases: 1, keeps: 1 });
    });
  });

  describe('a client whose RM works in another branch', () => {
    it('moves to an RM of its own branch (RM_OTHER_BRANCH)', () => {
      const managers = [rm(1), rm(2, { branchId: 2 })];
      const result = plan([client(1, 2), client(2, 2, { branchId: 2 })], managers);

      expect(itemOf(result, 1)).toMatchObject({
        action: 'MOVE',
        reason: 'RM_OTHER_BRANCH',
        fromManagerId: 2,
        toManagerId: 1,
      });
      expect(itemOf(result, 2)?.action).toBe('KEEP');
    });

    it("does not put the other RM's branch on the plan when none of its clients are in it", () => {
      const managers = [rm(1), rm(2, { branchId: 2 })];
      const result = plan([client(1, 2)], managers);
      expect(result.branches.map((b) => b.branchId)).toEqual([1]);
      expect(heldBy(result, 2)).toMatchObject({ clientsBefore: 1, clientsAfter: 0 });
    });

    it('is unplaced when its own branch cannot take it, not kept across branches', () => {
      const managers = [rm(2, { branchId: 2 })];
      const result = plan([client(1, 2)], managers);
      expect(itemOf(result, 1)).toMatchObject({
        action: 'UNPLACED',
        reason: 'NO_ELIGIBLE_RM',
        fromManagerId: 2,
      });
    });
  });

  it('treats an RM it was not given as ineligible', () => {
    const result = plan([client(1, 77)], [rm(1)]);
    expect(itemOf(result, 1)).toMatchObject({
      action: 'MOVE',
      reason: 'RM_INELIGIBLE',
      fromManagerId: 77,
      toManagerId: 1,
    });
  });

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
