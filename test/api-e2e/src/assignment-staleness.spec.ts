import {
  APPLY,
  MANAGERS,
  PLAN,
  PLAN_BOOKS,
  PLAN_ITEMS,
  PLANS,
  REASSIGN,
  RM,
  UPDATE_RM,
  useAssignmentBank,
} from './support/assignment-bank';

describe('core-client assignment: plans made stale by what changed since', () => {
  const { graphql, as, sql, codeOf, makePlan, applyBranch1Plan, auditOf } = useAssignmentBank({
    trainingMinimum: false,
  });

  beforeAll(() => applyBranch1Plan());

  it('an RM posting change since planning makes the plan stale; HR changes postings with a version', async () => {
    const plan = (await graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment.id;
    const qian = (await graphql(MANAGERS, { b: 1 }, as('hr'))).data!.relationshipManagers.find(
      (m: any) => m.id === RM.qian,
    );
    const input = { id: RM.qian, status: 'ACTIVE', coreCapacity: 160, version: qian.version };
    const updated = await graphql(UPDATE_RM, { input }, as('hr'));
    expect(updated.data!.updateRelationshipManager).toEqual({
      id: RM.qian,
      status: 'ACTIVE',
      coreCapacity: 160,
      version: qian.version + 1,
    });
    expect(codeOf(await graphql(UPDATE_RM, { input }, as('hr')))).toBe('CONFLICT');
    const tooBig = await graphql(
      UPDATE_RM,
      { input: { ...input, coreCapacity: 2000, version: qian.version + 1 } },
      as('hr'),
    );
    expect(tooBig.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'coreCapacity',
      rule: 'WHOLE_RANGE',
      params: { min: 0, max: 1000 },
    });
    const unknown = await graphql(UPDATE_RM, { input: { ...input, id: 999 } }, as('admin'));
    expect(codeOf(unknown)).toBe('NOT_FOUND');

    const stale = await graphql(APPLY, { id: plan }, as('head1'));
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RM_CHANGED' });
  });

  it("an RM who leaves has their book re-planned at once: only that RM's clients move", async () => {
    // A plan made before the change, for the change to replace.
    await makePlan(1);
    const [{ book }] = await sql(
      `SELECT array_agg(client_id::text ORDER BY client_id) AS book FROM current_assignments WHERE manager_id = $1`,
      [RM.wu],
    );
    expect(book.length).toBeGreaterThan(0);
    const wu = (await graphql(MANAGERS, { b: 1 }, as('hr'))).data!.relationshipManagers.find(
      (m: any) => m.id === RM.wu,
    );
    const left = await graphql(
      UPDATE_RM,
      { input: { id: RM.wu, status: 'LEFT', coreCapacity: 150, version: wu.version } },
      as('hr'),
    );
    expect(left.data!.updateRelationshipManager.status).toBe('LEFT');

    const [newest, previous] = (await graphql(PLANS, {}, as('head1'))).data!.assignmentPlans.edges;
    expect(newest.node).toMatchObject({
      status: 'READY',
      trigger: 'RM_CHANGED',
      createdByName: 'HR officer',
      branch: { id: 1 },
    });
    // The plan made before the change is replaced by the new one.
    expect(previous.node.status).toBe('SUPERSEDED');

    const items = (
      await graphql(PLAN_ITEMS, { id: newest.node.id }, as('head1'))
    ).data!.assignmentPlan.items.edges.map(({ node }: any) => node);
    const changed = items.filter((item: any) => item.action !== 'KEEP');
    // The balance cap (5% of 8 core clients) allows no moves for balance alone.
    expect(changed.map((item: any) => item.client.id).sort()).toEqual(book);
    for (const item of changed) {
      expect(item).toMatchObject({
        action: 'MOVE',
        reason: 'RM_INELIGIBLE',
        fromManager: { id: RM.wu },
      });
      expect(item.toManager.id).not.toBe(RM.wu);
    }
    const books = (await graphql(PLAN_BOOKS, { id: newest.node.id }, as('head1'))).data!
      .assignmentPlan;
    expect(books.managers.find((m: any) => m.manager.id === RM.wu)).toMatchObject({
      eligible: false,
      ineligibleReason: 'LEFT',
      clientsAfter: 0,
    });

    expect(
      (await graphql(APPLY, { id: newest.node.id }, as('head1'))).data!.applyAssignmentPlan.status,
    ).toBe('APPLIED');
    expect(
      await sql(`SELECT count(*)::int AS n FROM current_assignments WHERE manager_id = $1`, [
        RM.wu,
      ]),
    ).toEqual([{ n: 0 }]);
    // Nor can a client be given to them by hand.
    const toLeaver = await graphql(
      REASSIGN,
      { c: '105', m: RM.wu, r: 'Moving to a colleague' },
      as('head1'),
    );
    expect(toLeaver.errors![0].extensions).toMatchObject({ field: 'managerId', rule: 'RM_LEFT' });
    expect(await auditOf('updateRelationshipManager')).toContainEqual(
      expect.objectContaining({
        actorUsername: 'hr',
        entityId: String(RM.wu),
        before: { status: 'ACTIVE', coreCapacity: 150 },
        after: { status: 'LEFT', coreCapacity: 150 },
      }),
    );
  });

  it('re-ranking after planning makes the plan stale; the next plan is made from the new run', async () => {
    const before = (await graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment;
    const ranked = await graphql(
      `
        mutation {
          runCoreRanking {
            id
            status
          }
        }
      `,
      {},
      as('admin'),
    );
    expect(ranked.errors).toBeUndefined();
    expect(ranked.data!.runCoreRanking.status).toBe('COMPLETED');
    const stale = await graphql(APPLY, { id: before.id }, as('head1'));
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RE_RANKED' });
    const after = (await graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment;
    expect(after.rankingRunId).toBe(Number(ranked.data!.runCoreRanking.id));
    expect(after.rankingRunId).not.toBe(before.rankingRunId);
    expect(after.status).toBe('READY');
  });
});
