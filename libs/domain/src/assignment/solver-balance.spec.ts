import { settings, rm, client, bookOf, plan, itemOf, heldBy, applied } from './solver.fixtures';

// How far the plan evens the books: the balance-move cap, and a client too big to even out.
describe('core-client assignment plan', () => {
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
});
