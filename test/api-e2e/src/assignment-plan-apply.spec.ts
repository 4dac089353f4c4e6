import {
  APPLY,
  BRANCH1_CORE,
  HISTORY,
  PLAN,
  PLAN_BOOKS,
  PLAN_ITEMS,
  RM,
  useAssignmentBank,
} from './support/assignment-bank';

describe('core-client assignment: plan, preview, apply', () => {
  const { graphql, as, sql, codeOf, makePlan, applyBranch1Plan, auditOf } = useAssignmentBank({
    trainingMinimum: false,
  });

  it("head1 plans branch 1: existing pairs kept, the probation RM's client moved, new core clients assigned, a non-core client released", async () => {
    const planned = await graphql(PLAN, { b: 1 }, as('head1'));
    expect(planned.errors).toBeUndefined();
    const plan = planned.data!.planAssignment;
    expect(plan).toMatchObject({ status: 'READY', progress: 100, branch: { id: 1 } });
    expect(plan.statistics).toMatchObject({
      keeps: 5,
      assigns: 2,
      moves: 1,
      releases: 1,
      unplaced: 0,
      balanceMoves: 0,
    });
    expect(plan.statistics.keptShare).toBeCloseTo(5 / 6);
    expect(plan.statistics.solverMs).toBeGreaterThanOrEqual(0);

    const items = (await graphql(PLAN_ITEMS, { id: plan.id }, as('head1'))).data!.assignmentPlan
      .items;
    const byClient = Object.fromEntries(items.edges.map(({ node }: any) => [node.client.id, node]));
    expect(items.totalCount).toBe(9);
    for (const id of ['101', '102', '106', '107', '108']) {
      expect(byClient[id]).toMatchObject({
        action: 'KEEP',
        reason: 'KEPT',
        fromManager: { id: RM.rm1 },
        toManager: { id: RM.rm1 },
      });
    }
    expect(byClient['101']).toMatchObject({ tier: 'PLATINUM', workload: 3, value: '120000.50' });
    // Sun Mei is on probation and probation RMs may not hold core clients by default.
    expect(byClient['103']).toMatchObject({
      action: 'MOVE',
      reason: 'RM_INELIGIBLE',
      fromManager: { id: RM.rm2 },
    });
    expect([RM.wu, RM.qian]).toContain(byClient['103'].toManager.id);
    for (const id of ['109', '110']) {
      expect(byClient[id]).toMatchObject({
        action: 'ASSIGN',
        reason: 'NEW_CORE_CLIENT',
        fromManager: null,
      });
      expect([RM.wu, RM.qian]).toContain(byClient[id].toManager.id);
    }
    expect(byClient['111']).toMatchObject({
      action: 'RELEASE',
      reason: 'NOT_CORE',
      fromManager: { id: RM.rm1 },
      toManager: null,
    });
    // The pool client that is not core has nothing to do in the plan.
    expect(byClient['105']).toBeUndefined();

    const moves = (await graphql(PLAN_ITEMS, { id: plan.id, f: { action: 'MOVE' } }, as('head1')))
      .data!.assignmentPlan.items;
    expect(moves.edges.map(({ node }: any) => node.client.id)).toEqual(['103']);
    const ofSunMei = (
      await graphql(PLAN_ITEMS, { id: plan.id, f: { managerId: RM.rm2 } }, as('head1'))
    ).data!.assignmentPlan.items;
    expect(ofSunMei.totalCount).toBe(1);
    const searched = (
      await graphql(PLAN_ITEMS, { id: plan.id, f: { search: 'foods' } }, as('head1'))
    ).data!.assignmentPlan.items;
    expect(searched.edges.map(({ node }: any) => node.client.id)).toEqual(['108']);

    const books = (await graphql(PLAN_BOOKS, { id: plan.id }, as('head1'))).data!.assignmentPlan;
    const load = (id: number) => books.managers.find((m: any) => m.manager.id === id);
    expect(load(RM.rm2)).toMatchObject({
      eligible: false,
      ineligibleReason: 'PROBATION',
      clientsBefore: 1,
      clientsAfter: 0,
    });
    expect(load(RM.rm1)).toMatchObject({
      eligible: true,
      clientsBefore: 6,
      clientsAfter: 5,
      workloadAfter: 8,
      valueAfter: '353000.50',
    });
    expect(books.branchBalances).toEqual([
      expect.objectContaining({ branch: { id: 1 }, coreClients: 8, eligibleManagers: 3 }),
    ]);
  });

  it('applying gives every core client exactly one RM, recorded in the history; the released client goes to the pool', async () => {
    const firstPlan = await makePlan(1);
    const applied = await graphql(APPLY, { id: firstPlan }, as('head1'));
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyAssignmentPlan).toMatchObject({
      status: 'APPLIED',
      decidedByName: 'Head of Riverside',
    });

    const books = await sql<{ id: string; manager_id: number | null }>(
      `SELECT c.id::text, a.manager_id
       FROM clients c LEFT JOIN current_assignments a ON a.client_id = c.id
       WHERE c.id = ANY($1::bigint[]) ORDER BY c.id`,
      [BRANCH1_CORE],
    );
    for (const client of books) expect(client.manager_id).not.toBeNull();
    expect(books.find((c) => c.id === '103')!.manager_id).not.toBe(RM.rm2);

    // Released to the branch pool: the newest row has no RM, and says which plan and why.
    const released = await sql(
      `SELECT manager_id, start_reason, plan_id FROM client_assignments WHERE client_id = 111 ORDER BY id`,
    );
    expect(released).toEqual([
      { manager_id: RM.rm1, start_reason: 'INITIAL', plan_id: null },
      { manager_id: null, start_reason: 'NOT_CORE', plan_id: firstPlan },
    ]);

    const history = await graphql(HISTORY, { c: '103' }, as('head1'));
    expect(history.data!.assignmentHistory).toEqual([
      expect.objectContaining({
        endedAt: null,
        startReason: 'RM_INELIGIBLE',
        startedByName: 'Head of Riverside',
        planId: firstPlan,
      }),
      expect.objectContaining({
        manager: { id: RM.rm2 },
        startReason: 'INITIAL',
        endReason: 'RM_INELIGIBLE',
        endedByName: 'Head of Riverside',
      }),
    ]);
    // Branch 2 was not in the plan.
    expect(
      await sql(
        `SELECT c.id::text, a.manager_id FROM clients c LEFT JOIN current_assignments a ON a.client_id = c.id
         WHERE c.branch_id = 2 ORDER BY c.id`,
      ),
    ).toEqual([
      { id: '104', manager_id: RM.rm3 },
      { id: '112', manager_id: null },
    ]);
    expect(await auditOf('applyAssignmentPlan')).toContainEqual(
      expect.objectContaining({
        actorUsername: 'head1',
        entityType: 'AssignmentPlan',
        entityId: String(firstPlan),
        after: expect.objectContaining({
          status: 'APPLIED',
          counts: { KEEP: 5, ASSIGN: 2, MOVE: 1, RELEASE: 1 },
        }),
      }),
    );
  });

  it('re-planning unchanged books plans zero moves, and a plan is applied only once', async () => {
    const firstPlan = await applyBranch1Plan();
    const replanned = (await graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment;
    expect(replanned.statistics).toMatchObject({
      keeps: 8,
      assigns: 0,
      moves: 0,
      releases: 0,
      unplaced: 0,
      keptShare: 1,
    });
    expect(replanned.itemCounts).toEqual([{ action: 'KEEP', reason: 'KEPT', count: 8 }]);

    const again = await graphql(APPLY, { id: firstPlan }, as('head1'));
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.data).toBeNull();
    expect((await auditOf('planAssignment')).length).toBeGreaterThanOrEqual(2);
  });
});
