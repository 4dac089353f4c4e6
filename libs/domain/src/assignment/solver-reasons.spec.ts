import { rm, client, bookOf, plan, itemOf, heldBy } from './solver.fixtures';

// Why a client is kept, moved, assigned, released or left unplaced, one reason at a time.
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
});
