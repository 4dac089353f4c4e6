import { bankYear } from '@corebook/server/common';
import { rankFixture, withDb, type RankedClient } from './support/ranking-fixture';
import { startTestApi, type TestApi } from './support/test-api';

const PLAN = `mutation ($b: Int) { planAssignment(branchId: $b) {
  id status progress trigger rankingRunId branch { id }
  statistics { clients keeps assigns moves releases unplaced balanceMoves keptShare maxMeanWorkloadRatio solverMs }
  itemCounts { action reason count } } }`;
const PLAN_ITEMS = `query ($id: Int!, $f: PlanItemFilter) { assignmentPlan(id: $id) {
  items(filter: $f, first: 50) { totalCount edges { node {
    client { id name } action reason fromManager { id } toManager { id } tier workload value } } } } }`;
const PLAN_BOOKS = `query ($id: Int!) { assignmentPlan(id: $id) {
  status createdByName trigger
  managers { manager { id } eligible ineligibleReason capacity clientsBefore clientsAfter workloadAfter valueAfter }
  branchBalances { branch { id } coreClients eligibleManagers unplaced maxMeanWorkloadRatio meanValue } } }`;
const PLAN_STATUS = `query ($id: Int!) { assignmentPlan(id: $id) { id status } }`;
const PLANS = `query ($b: Int) { assignmentPlans(branchId: $b, first: 10) { edges { node { id status trigger createdByName branch { id } } } } }`;
const BANK_PLANS = `query ($b: Int) { assignmentPlans(branchId: $b, wholeBank: true, first: 50) { edges { node { id status branch { id } } } } }`;
const APPLY = `mutation ($id: Int!) { applyAssignmentPlan(planId: $id) { id status decidedByName decidedAt } }`;
const DISCARD = `mutation ($id: Int!) { discardAssignmentPlan(planId: $id) { id status } }`;
const REASSIGN = `mutation ($c: ID!, $m: Int, $r: String!) { reassignClient(clientId: $c, managerId: $m, reason: $r) { id manager { id } } }`;
const REASSIGN_SEEN = `mutation ($c: ID!, $m: Int, $r: String!, $seen: Int) { reassignClient(clientId: $c, managerId: $m, reason: $r, currentManagerId: $seen) { id manager { id } } }`;
const HISTORY = `query ($c: ID!) { assignmentHistory(clientId: $c) {
  manager { id } startedAt endedAt startedByName startReason startNote endedByName endReason endNote planId } }`;
const SETTINGS = `{ assignmentSettings { workloadByTier { tier workload } balanceTolerance maxBalanceMoveShare allowProbation requireTrainingMinimum version } }`;
const UPDATE_SETTINGS = `mutation ($input: AssignmentSettingsInput!, $v: Int!) { updateAssignmentSettings(input: $input, version: $v) { requireTrainingMinimum version } }`;
const MANAGERS = `query ($b: Int) { relationshipManagers(branchId: $b) { id status coreCapacity version } }`;
const UPDATE_RM = `mutation ($input: RelationshipManagerUpdateInput!) { updateRelationshipManager(input: $input) { id status coreCapacity version } }`;
const AUDIT = `query ($op: String) { auditLog(filter: { operation: $op, outcome: OK }) { edges { node { actorUsername entityType entityId before after detail } } } }`;

/** Branch 1 RMs: rm1 (active), rm2 (probation), and two more active ones added below. */
const RM = { rm1: 1, rm2: 2, rm3: 3, wu: 4, qian: 5 };

const settingsInput = (changes: Record<string, unknown> = {}) => ({
  workloadByTier: [
    { tier: 'PLATINUM', workload: 3 },
    { tier: 'GOLD', workload: 2 },
    { tier: 'SILVER', workload: 1 },
    { tier: 'BRONZE', workload: 1 },
  ],
  balanceTolerance: 1.05,
  maxBalanceMoveShare: 0.1,
  allowProbation: false,
  requireTrainingMinimum: true,
  ...changes,
});

const core = (tier: RankedClient['tier'], value: string): RankedClient => ({
  core: true,
  tier,
  value,
});
const nonCore = (value: string): RankedClient => ({ core: false, tier: 'BRONZE', value });

/** Branch 1's core clients once ranked: the fixture's four plus five added here. */
const BRANCH1_CORE = ['101', '102', '103', '106', '107', '108', '109', '110'];

describe('core-client assignment: plan, preview, apply, reassign', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ token: tokens[user] });
  const sql = <T = any>(text: string, params: unknown[] = []) =>
    withDb(api.database.url, async (db) => (await db.query(text, params)).rows as T[]);
  const codeOf = (result: { errors?: { extensions: { code: string } }[] }) =>
    result.errors?.[0].extensions.code;

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'hr', 'head1', 'head2', 'rm1', 'rm2', 'rm3'])
      tokens[user] = await api.tokenFor(user);
    await sql(`
      INSERT INTO relationship_managers (id, employee_no, name, branch_id, grade, core_capacity, hire_date, status) VALUES
        (4, 'E004', 'Wu Hao', 1, 'SENIOR', 150, '2019-05-01', 'ACTIVE'),
        (5, 'E005', 'Qian Lin', 1, 'INTERMEDIATE', 150, '2021-08-01', 'ACTIVE')`);
    await sql(`
      INSERT INTO clients (id, client_no, name, kind, branch_id, opened_on, risk_rating) VALUES
        (106, 'C0000106', 'Feng Yu', 'INDIVIDUAL', 1, '2018-01-01', 'R2'),
        (107, 'C0000107', 'He Ping', 'INDIVIDUAL', 1, '2018-02-01', 'R2'),
        (108, 'C0000108', 'Xu Lan Foods Co.', 'CORPORATE', 1, '2018-03-01', 'R3'),
        (109, 'C0000109', 'Ma Jun', 'INDIVIDUAL', 1, '2022-04-01', 'R1'),
        (110, 'C0000110', 'Guo Min', 'INDIVIDUAL', 1, '2022-05-01', 'R1'),
        (111, 'C0000111', 'Lin Tao', 'INDIVIDUAL', 1, '2016-06-01', 'R1'),
        (112, 'C0000112', 'Luo Xin', 'INDIVIDUAL', 2, '2023-07-01', 'R2')`);
    // The books of the clients added here (the fixture's have theirs): Liu Yang serves four.
    await sql(`
      INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, start_reason)
      SELECT id, 1, branch_id, created_at, 'INITIAL' FROM clients WHERE id IN (106, 107, 108, 111)`);
  });
  afterAll(() => api.close());

  it('refuses to plan before clients are ranked (CONFLICT: run ranking first)', async () => {
    const result = await api.graphql(PLAN, { b: 1 }, as('head1'));
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0].message).toMatch(/run ranking first/);
    expect(result.data).toBeNull();
  });

  describe('after a ranking run', () => {
    let firstPlan: number;

    beforeAll(async () => {
      await rankFixture(api.database.url, {
        '101': core('PLATINUM', '120000.50'),
        '102': core('GOLD', '98000.00'),
        '103': core('SILVER', '60000.00'),
        '104': core('GOLD', '64000.00'),
        '106': core('SILVER', '50000.00'),
        '107': core('SILVER', '45000.00'),
        '108': core('SILVER', '40000.00'),
        '109': core('SILVER', '35000.00'),
        '110': core('SILVER', '30000.00'),
        '112': core('SILVER', '33000.00'),
        '105': nonCore('800.00'),
        '111': nonCore('1000.00'),
      });
    });

    it('without training points no RM is eligible: a bank-wide plan places nobody, and admin discards it', async () => {
      const planned = await api.graphql(PLAN, { b: null }, as('admin'));
      expect(planned.errors).toBeUndefined();
      const plan = planned.data!.planAssignment;
      expect(plan).toMatchObject({
        status: 'READY',
        progress: 100,
        trigger: 'MANUAL',
        branch: null,
      });
      expect(plan.statistics).toMatchObject({ keeps: 0, assigns: 0, moves: 0, unplaced: 10 });
      expect(plan.statistics.releases).toBe(1);

      const books = (await api.graphql(PLAN_BOOKS, { id: plan.id }, as('admin'))).data!
        .assignmentPlan;
      const reasons = Object.fromEntries(
        books.managers.map((m: any) => [m.manager.id, [m.eligible, m.ineligibleReason]]),
      );
      expect(reasons).toEqual({
        [RM.rm1]: [false, 'TRAINING_POINTS'],
        [RM.rm2]: [false, 'PROBATION'],
        [RM.rm3]: [false, 'TRAINING_POINTS'],
        [RM.wu]: [false, 'TRAINING_POINTS'],
        [RM.qian]: [false, 'TRAINING_POINTS'],
      });
      expect(
        books.branchBalances.map((b: any) => [b.branch.id, b.coreClients, b.unplaced]),
      ).toEqual([
        [1, 8, 8],
        [2, 2, 2],
      ]);

      // The diff of a whole-bank plan narrows to one branch.
      const branch2 = (
        await api.graphql(PLAN_ITEMS, { id: plan.id, f: { branchId: 2 } }, as('admin'))
      ).data!.assignmentPlan.items;
      expect(branch2.edges.map(({ node }: any) => node.client.id).sort()).toEqual(['104', '112']);
      // Its counts narrow with it: the filters offer that branch's figures, not the bank's.
      const counts = async (branchId: number | null) =>
        (
          await api.graphql(
            `query ($id: Int!, $b: Int) { assignmentPlan(id: $id) { itemCounts(branchId: $b) { action count } } }`,
            { id: plan.id, b: branchId },
            as('admin'),
          )
        ).data!.assignmentPlan.itemCounts.reduce((sum: number, c: any) => sum + c.count, 0);
      expect(await counts(2)).toBe(2);
      expect(await counts(null)).toBe(plan.statistics.clients);
      // A branch the bank does not have, for the plan's counts and books: NOT_FOUND.
      for (const part of [
        'itemCounts(branchId: $b) { count }',
        'managers(branchId: $b) { capacity }',
      ]) {
        const unknown = await api.graphql(
          `query ($id: Int!, $b: Int) { assignmentPlan(id: $id) { ${part} } }`,
          { id: plan.id, b: 999 },
          as('admin'),
        );
        expect(codeOf(unknown)).toBe('NOT_FOUND');
      }

      const discarded = await api.graphql(DISCARD, { id: plan.id }, as('admin'));
      expect(discarded.data!.discardAssignmentPlan.status).toBe('DISCARDED');
      expect(codeOf(await api.graphql(APPLY, { id: plan.id }, as('admin')))).toBe('CONFLICT');
      // Nothing was applied: the books are as they were.
      expect(await sql(`SELECT manager_id FROM current_assignments WHERE client_id = 101`)).toEqual(
        [{ manager_id: RM.rm1 }],
      );
    });

    it("last year's training minimum keeps an RM eligible while this year's points build up", async () => {
      const lastYear = bankYear() - 1;
      const [{ id: activityId }] = await sql<{ id: number }>(
        `INSERT INTO training_activities (code, type, title, provider, starts_on, ends_on, points)
         VALUES ('ELIG-1', 'CENTRALISED', 'Wealth advisory', 'Head office', $1, $2, 25) RETURNING id`,
        [`${lastYear}-01-01`, `${lastYear}-12-31`],
      );
      await sql(
        `INSERT INTO training_records (manager_id, activity_id, completed_on, hours, points_awarded, source, created_by)
         VALUES ($1, $2, $3, 8, 25, 'MANUAL', 2)`,
        [RM.rm3, activityId, `${lastYear}-06-30`],
      );
      const planned = await api.graphql(PLAN, { b: 2 }, as('admin'));
      expect(planned.errors).toBeUndefined();
      const books = (
        await api.graphql(PLAN_BOOKS, { id: planned.data!.planAssignment.id }, as('admin'))
      ).data!.assignmentPlan;
      const rm3 = books.managers.find((m: any) => m.manager.id === RM.rm3);
      expect([rm3.eligible, rm3.ineligibleReason, rm3.clientsAfter]).toEqual([true, null, 2]);
      // The RM list says the same to those who assign books or keep postings; not to RMs.
      const STANDING = `query ($b: Int) { relationshipManagers(branchId: $b) { id coreClientIneligibility } }`;
      for (const user of ['admin', 'head2', 'hr']) {
        const listed = (await api.graphql(STANDING, { b: 2 }, as(user))).data!.relationshipManagers;
        expect(listed.find((m: any) => m.id === RM.rm3)).toEqual({
          id: RM.rm3,
          coreClientIneligibility: null,
        });
      }
      const branch1 = (await api.graphql(STANDING, { b: 1 }, as('admin'))).data!
        .relationshipManagers;
      expect(branch1.find((m: any) => m.id === RM.rm2).coreClientIneligibility).toBe('PROBATION');
      expect(branch1.find((m: any) => m.id === RM.rm1).coreClientIneligibility).toBe(
        'TRAINING_POINTS',
      );
      expect(codeOf(await api.graphql(STANDING, { b: 1 }, as('rm1')))).toBe('FORBIDDEN');
      // How many core clients each RM holds, against capacity: for the reassign list.
      const HELD = `query ($b: Int) { relationshipManagers(branchId: $b) { id coreClientsHeld } }`;
      const held = (await api.graphql(HELD, { b: 1 }, as('head1'))).data!.relationshipManagers;
      const counted = await sql(
        `SELECT m.id, count(r.client_id)::int AS "coreClientsHeld"
         FROM relationship_managers m
         LEFT JOIN current_assignments c ON c.manager_id = m.id
         LEFT JOIN client_rankings r ON r.client_id = c.client_id AND r.core
           AND r.run_id = (SELECT max(id) FROM ranking_runs WHERE status = 'COMPLETED')
         WHERE m.branch_id = 1 GROUP BY m.id`,
      );
      expect(held).toEqual(expect.arrayContaining(counted));
      expect(held).toHaveLength(counted.length);
      expect(counted.some((row: any) => row.coreClientsHeld > 0)).toBe(true);
      expect(codeOf(await api.graphql(HELD, { b: 1 }, as('rm1')))).toBe('FORBIDDEN');
      const colleagues = `query ($b: Int) { relationshipManagers(branchId: $b) { id name } }`;
      expect((await api.graphql(colleagues, { b: 1 }, as('rm1'))).errors).toBeUndefined();

      // The record is voided after planning: the plan would give core clients to an RM who
      // no longer holds the minimum, so applying it is refused as stale.
      const bookOfRm3 = `SELECT array_agg(client_id ORDER BY client_id) AS book FROM current_assignments WHERE manager_id = $1`;
      const bookBefore = await sql(bookOfRm3, [RM.rm3]);
      await sql(
        `UPDATE training_records SET status = 'VOIDED', void_reason = 'test' WHERE activity_id = $1`,
        [activityId],
      );
      const stale = await api.graphql(APPLY, { id: planned.data!.planAssignment.id }, as('admin'));
      expect(stale.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'RM_INELIGIBLE',
        managerIds: [RM.rm3],
      });
      // Nothing was applied: rm3's book is as it was.
      expect(await sql(bookOfRm3, [RM.rm3])).toEqual(bookBefore);
      await api.graphql(DISCARD, { id: planned.data!.planAssignment.id }, as('admin'));
    });

    it('assignment settings: branch heads read them, only admin changes them, field-named errors and stale versions refused', async () => {
      const read = await api.graphql(SETTINGS, {}, as('head1'));
      expect(read.data!.assignmentSettings).toMatchObject({
        requireTrainingMinimum: true,
        allowProbation: false,
        version: 1,
      });
      for (const user of ['rm1', 'hr']) {
        const refused = await api.graphql(SETTINGS, {}, as(user));
        expect(codeOf(refused)).toBe('FORBIDDEN');
        expect(refused.data).toBeNull();
      }
      for (const user of ['head1', 'rm1', 'hr']) {
        const refused = await api.graphql(
          UPDATE_SETTINGS,
          { input: settingsInput({ requireTrainingMinimum: false }), v: 1 },
          as(user),
        );
        expect(codeOf(refused)).toBe('FORBIDDEN');
        expect(refused.data).toBeNull();
      }
      const badTolerance = await api.graphql(
        UPDATE_SETTINGS,
        { input: settingsInput({ balanceTolerance: 0.5 }), v: 1 },
        as('admin'),
      );
      expect(badTolerance.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'balanceTolerance',
      });
      const badTier = await api.graphql(
        UPDATE_SETTINGS,
        {
          input: settingsInput({
            workloadByTier: [
              { tier: 'PLATINUM', workload: 3 },
              { tier: 'GOLD', workload: 2 },
              { tier: 'SILVER', workload: 1 },
            ],
          }),
          v: 1,
        },
        as('admin'),
      );
      expect(badTier.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'workloadByTier.BRONZE',
      });

      // The demo has no training records yet: plan on posting alone. A plan made under the
      // old settings is stale once they change.
      const before = (await api.graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment;
      const updated = await api.graphql(
        UPDATE_SETTINGS,
        { input: settingsInput({ requireTrainingMinimum: false }), v: 1 },
        as('admin'),
      );
      expect(updated.data!.updateAssignmentSettings).toEqual({
        requireTrainingMinimum: false,
        version: 2,
      });
      const staleSettings = await api.graphql(APPLY, { id: before.id }, as('head1'));
      expect(staleSettings.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'SETTINGS_CHANGED',
      });
      const stale = await api.graphql(
        UPDATE_SETTINGS,
        { input: settingsInput({ allowProbation: true }), v: 1 },
        as('admin'),
      );
      expect(codeOf(stale)).toBe('CONFLICT');
    });

    it("head1 plans branch 1: existing pairs kept, the probation RM's client moved, new core clients assigned, a non-core client released", async () => {
      const planned = await api.graphql(PLAN, { b: 1 }, as('head1'));
      expect(planned.errors).toBeUndefined();
      const plan = planned.data!.planAssignment;
      firstPlan = plan.id;
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

      const items = (await api.graphql(PLAN_ITEMS, { id: plan.id }, as('head1'))).data!
        .assignmentPlan.items;
      const byClient = Object.fromEntries(
        items.edges.map(({ node }: any) => [node.client.id, node]),
      );
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

      const moves = (
        await api.graphql(PLAN_ITEMS, { id: plan.id, f: { action: 'MOVE' } }, as('head1'))
      ).data!.assignmentPlan.items;
      expect(moves.edges.map(({ node }: any) => node.client.id)).toEqual(['103']);
      const ofSunMei = (
        await api.graphql(PLAN_ITEMS, { id: plan.id, f: { managerId: RM.rm2 } }, as('head1'))
      ).data!.assignmentPlan.items;
      expect(ofSunMei.totalCount).toBe(1);
      const searched = (
        await api.graphql(PLAN_ITEMS, { id: plan.id, f: { search: 'foods' } }, as('head1'))
      ).data!.assignmentPlan.items;
      expect(searched.edges.map(({ node }: any) => node.client.id)).toEqual(['108']);

      const books = (await api.graphql(PLAN_BOOKS, { id: plan.id }, as('head1'))).data!
        .assignmentPlan;
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
      const applied = await api.graphql(APPLY, { id: firstPlan }, as('head1'));
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

      const history = await api.graphql(HISTORY, { c: '103' }, as('head1'));
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
    });

    it('re-planning unchanged books plans zero moves, and a plan is applied only once', async () => {
      const replanned = (await api.graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment;
      expect(replanned.statistics).toMatchObject({
        keeps: 8,
        assigns: 0,
        moves: 0,
        releases: 0,
        unplaced: 0,
        keptShare: 1,
      });
      expect(replanned.itemCounts).toEqual([{ action: 'KEEP', reason: 'KEPT', count: 8 }]);

      const again = await api.graphql(APPLY, { id: firstPlan }, as('head1'));
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.data).toBeNull();
    });

    it('reassignClient moves a client with a reason; the history says who and why; an older plan of the branch becomes stale', async () => {
      const older = (await api.graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment.id;
      const [{ manager_id: before }] = await sql(
        `SELECT (SELECT manager_id FROM current_assignments WHERE client_id = 109) AS manager_id`,
      );
      const reason = '  Knows the family business well  ';
      const moved = await api.graphql(REASSIGN, { c: '109', m: RM.rm1, r: reason }, as('head1'));
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.reassignClient).toEqual({ id: '109', manager: { id: RM.rm1 } });

      const history = (await api.graphql(HISTORY, { c: '109' }, as('head1'))).data!
        .assignmentHistory;
      expect(history).toHaveLength(2);
      expect(history[0]).toMatchObject({
        manager: { id: RM.rm1 },
        endedAt: null,
        startedByName: 'Head of Riverside',
        startReason: 'MANUAL',
        startNote: 'Knows the family business well',
        planId: null,
      });
      expect(history[1]).toMatchObject({
        manager: { id: before },
        startReason: 'NEW_CORE_CLIENT',
        planId: firstPlan,
        endedByName: 'Head of Riverside',
        endReason: 'MANUAL',
        endNote: 'Knows the family business well',
      });
      expect(Date.parse(history[1].endedAt)).toBe(Date.parse(history[0].startedAt));
      // The client's own page shows the same history.
      const page = await api.graphql(
        `query { client(id: "109") { assignmentHistory { manager { id } startReason } } }`,
        {},
        as('head1'),
      );
      expect(page.data!.client.assignmentHistory.map((p: any) => p.manager.id)).toEqual([
        RM.rm1,
        before,
      ]);

      const stale = await api.graphql(APPLY, { id: older }, as('head1'));
      expect(stale.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'BRANCH_CHANGED',
      });
      expect(stale.errors![0].message).toMatch(/plan again/);
      expect(
        (await api.graphql(PLAN_STATUS, { id: older }, as('head1'))).data!.assignmentPlan.status,
      ).toBe('READY');
    });

    it('reassignments of one client at once queue: the history never ends a period before it starts', async () => {
      const results = await Promise.all(
        [null, RM.rm1, null, RM.rm1, null, RM.rm1, null, RM.rm1, null, RM.rm1].map((m) =>
          api.graphql(REASSIGN, { c: '109', m, r: 'Double-clicked on purpose' }, as('head1')),
        ),
      );
      // Each one either moved the client or found it already where it was asked to go.
      for (const result of results)
        if (result.errors)
          expect(['ALREADY_IN_POOL', 'ALREADY_SERVES']).toContain(result.errors[0].extensions.rule);
      expect(results.filter((result) => !result.errors).length).toBeGreaterThan(1);
      const backwards = await sql(
        `SELECT count(*)::int AS n FROM (
           SELECT started_at, lag(started_at) OVER (ORDER BY id) AS previous
           FROM client_assignments WHERE client_id = 109) log
         WHERE started_at < previous`,
      );
      expect(backwards).toEqual([{ n: 0 }]);
      const history = (await api.graphql(HISTORY, { c: '109' }, as('head1'))).data!
        .assignmentHistory;
      for (const period of history)
        if (period.endedAt)
          expect(Date.parse(period.endedAt)).toBeGreaterThanOrEqual(Date.parse(period.startedAt));
      // Back with Liu Yang, as the test before left the client.
      const [{ managerId }] = await sql(
        `SELECT (SELECT manager_id FROM current_assignments WHERE client_id = 109) AS "managerId"`,
      );
      if (managerId !== RM.rm1)
        await api.graphql(REASSIGN, { c: '109', m: RM.rm1, r: 'Back to Liu Yang' }, as('head1'));
    });

    it('reassignClient refuses to move a client someone else moved since the head looked', async () => {
      const currentOf105 = async () =>
        (
          await sql(
            `SELECT (SELECT manager_id FROM current_assignments WHERE client_id = 105) AS "managerId"`,
          )
        )[0].managerId as number | null;
      const seen = await currentOf105();
      const other = seen === RM.rm2 ? RM.rm1 : RM.rm2;
      // Another head moved the client after this one opened it.
      const moved = await api.graphql(
        REASSIGN_SEEN,
        { c: '105', m: other, r: 'Lives next to the branch', seen },
        as('head1'),
      );
      expect(moved.data!.reassignClient.manager).toEqual({ id: other });
      const late = await api.graphql(
        REASSIGN_SEEN,
        { c: '105', m: null, r: 'Back to the branch pool', seen },
        as('head1'),
      );
      expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'CLIENT_MOVED' });
      expect(late.data).toBeNull();
      expect(await currentOf105()).toBe(other);
      // Seeing the client as it is now, the move goes through; back where it was.
      const back = await api.graphql(
        REASSIGN_SEEN,
        { c: '105', m: seen, r: 'Back where the client was', seen: other },
        as('head1'),
      );
      expect(back.data!.reassignClient.manager).toEqual(seen === null ? null : { id: seen });
    });

    it('reassignClient refuses bad input, naming the field', async () => {
      // Each refusal names the field and the rule the portal translates.
      const cases: [Record<string, unknown>, string, string][] = [
        [{ c: '110', m: RM.rm1, r: '   ' }, 'reason', 'REASON_LENGTH'],
        [{ c: '110', m: RM.rm1, r: 'ok' }, 'reason', 'REASON_LENGTH'],
        // Over 500 characters never reaches the service (the input guard).
        [{ c: '110', m: RM.rm1, r: 'x'.repeat(501) }, 'reason', 'TOO_LONG'],
        // Zhou Jie works in the other branch, outside head1's scope: as if there were no such RM.
        [{ c: '110', m: RM.rm3, r: 'Moving to a colleague' }, 'managerId', 'NO_SUCH_RM'],
        // Sun Mei is on probation: not for a core client.
        [{ c: '110', m: RM.rm2, r: 'Moving to a colleague' }, 'managerId', 'RM_INELIGIBLE'],
        // Already Liu Yang's client.
        [{ c: '109', m: RM.rm1, r: 'Moving to a colleague' }, 'managerId', 'ALREADY_SERVES'],
        [{ c: '110', m: 999, r: 'Moving to a colleague' }, 'managerId', 'NO_SUCH_RM'],
      ];
      for (const [variables, field, rule] of cases) {
        const result = await api.graphql(REASSIGN, variables, as('head1'));
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
        expect(result.data).toBeNull();
      }
      const probation = await api.graphql(
        REASSIGN,
        { c: '110', m: RM.rm2, r: 'Moving to a colleague' },
        as('head1'),
      );
      expect(probation.errors![0].message).toMatch(/Sun Mei may not hold core clients/);
      expect(probation.errors![0].extensions).toMatchObject({
        field: 'managerId',
        rule: 'RM_INELIGIBLE',
        params: { name: 'Sun Mei', reason: 'PROBATION' },
      });
      const unknown = await api.graphql(
        REASSIGN,
        { c: '999999', m: RM.rm1, r: 'Moving to a colleague' },
        as('head1'),
      );
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      // The other branch's RM is not named to head1; admin, who sees the bank, is told why.
      const otherBranch = await api.graphql(
        REASSIGN,
        { c: '110', m: RM.rm3, r: 'Moving to a colleague' },
        as('head1'),
      );
      expect(JSON.stringify(otherBranch.errors)).not.toContain('Zhou Jie');
      const asAdmin = await api.graphql(
        REASSIGN,
        { c: '110', m: RM.rm3, r: 'Moving to a colleague' },
        as('admin'),
      );
      expect(asAdmin.errors![0].extensions).toMatchObject({
        rule: 'RM_OTHER_BRANCH',
        params: { name: 'Zhou Jie' },
      });
      // Non-core clients may go to a probation RM, and back to the pool.
      const nonCoreMove = await api.graphql(
        REASSIGN,
        { c: '105', m: RM.rm2, r: 'Lives next to the branch' },
        as('head1'),
      );
      expect(nonCoreMove.data!.reassignClient.manager).toEqual({ id: RM.rm2 });
      const toPool = await api.graphql(
        REASSIGN,
        { c: '105', m: null, r: 'Back to the branch pool' },
        as('head1'),
      );
      expect(toPool.data!.reassignClient.manager).toBeNull();
      const again = await api.graphql(
        REASSIGN,
        { c: '105', m: null, r: 'Back to the branch pool' },
        as('head1'),
      );
      expect(again.errors![0].extensions).toMatchObject({
        field: 'managerId',
        rule: 'ALREADY_IN_POOL',
      });

      // An eligible RM whose core book is at capacity takes no more core clients.
      const [{ managerId: current }] = await sql(
        `SELECT (SELECT manager_id FROM current_assignments WHERE client_id = 110) AS "managerId"`,
      );
      const standing = (
        await api.graphql(
          `query ($b: Int) { relationshipManagers(branchId: $b) { id status coreClientIneligibility coreClientsHeld coreCapacity } }`,
          { b: 1 },
          as('head1'),
        )
      ).data!.relationshipManagers;
      const eligible = standing.find(
        (m: any) => m.status === 'ACTIVE' && m.coreClientIneligibility === null && m.id !== current,
      );
      const [{ capacity }] = await sql(
        `SELECT core_capacity AS capacity FROM relationship_managers WHERE id = $1`,
        [eligible.id],
      );
      await sql(`UPDATE relationship_managers SET core_capacity = $2 WHERE id = $1`, [
        eligible.id,
        eligible.coreClientsHeld,
      ]);
      try {
        const full = await api.graphql(
          REASSIGN,
          { c: '110', m: eligible.id, r: 'Moving to a colleague' },
          as('head1'),
        );
        expect(full.errors![0].extensions).toMatchObject({
          field: 'managerId',
          rule: 'RM_FULL',
          params: { held: eligible.coreClientsHeld, capacity: eligible.coreClientsHeld },
        });
      } finally {
        await sql(`UPDATE relationship_managers SET core_capacity = $2 WHERE id = $1`, [
          eligible.id,
          capacity,
        ]);
      }
    });

    it('an RM posting change since planning makes the plan stale; HR changes postings with a version', async () => {
      const plan = (await api.graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment.id;
      const qian = (
        await api.graphql(MANAGERS, { b: 1 }, as('hr'))
      ).data!.relationshipManagers.find((m: any) => m.id === RM.qian);
      const input = { id: RM.qian, status: 'ACTIVE', coreCapacity: 160, version: qian.version };
      const updated = await api.graphql(UPDATE_RM, { input }, as('hr'));
      expect(updated.data!.updateRelationshipManager).toEqual({
        id: RM.qian,
        status: 'ACTIVE',
        coreCapacity: 160,
        version: qian.version + 1,
      });
      expect(codeOf(await api.graphql(UPDATE_RM, { input }, as('hr')))).toBe('CONFLICT');
      const tooBig = await api.graphql(
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
      const unknown = await api.graphql(UPDATE_RM, { input: { ...input, id: 999 } }, as('admin'));
      expect(codeOf(unknown)).toBe('NOT_FOUND');

      const stale = await api.graphql(APPLY, { id: plan }, as('head1'));
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RM_CHANGED' });
    });

    it("an RM who leaves has their book re-planned at once: only that RM's clients move", async () => {
      const [{ book }] = await sql(
        `SELECT array_agg(client_id::text ORDER BY client_id) AS book FROM current_assignments WHERE manager_id = $1`,
        [RM.wu],
      );
      expect(book.length).toBeGreaterThan(0);
      const wu = (await api.graphql(MANAGERS, { b: 1 }, as('hr'))).data!.relationshipManagers.find(
        (m: any) => m.id === RM.wu,
      );
      const left = await api.graphql(
        UPDATE_RM,
        { input: { id: RM.wu, status: 'LEFT', coreCapacity: 150, version: wu.version } },
        as('hr'),
      );
      expect(left.data!.updateRelationshipManager.status).toBe('LEFT');

      const [newest, previous] = (await api.graphql(PLANS, {}, as('head1'))).data!.assignmentPlans
        .edges;
      expect(newest.node).toMatchObject({
        status: 'READY',
        trigger: 'RM_CHANGED',
        createdByName: 'HR officer',
        branch: { id: 1 },
      });
      // The plan made before the change is replaced by the new one.
      expect(previous.node.status).toBe('SUPERSEDED');

      const items = (
        await api.graphql(PLAN_ITEMS, { id: newest.node.id }, as('head1'))
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
      const books = (await api.graphql(PLAN_BOOKS, { id: newest.node.id }, as('head1'))).data!
        .assignmentPlan;
      expect(books.managers.find((m: any) => m.manager.id === RM.wu)).toMatchObject({
        eligible: false,
        ineligibleReason: 'LEFT',
        clientsAfter: 0,
      });

      expect(
        (await api.graphql(APPLY, { id: newest.node.id }, as('head1'))).data!.applyAssignmentPlan
          .status,
      ).toBe('APPLIED');
      expect(
        await sql(`SELECT count(*)::int AS n FROM current_assignments WHERE manager_id = $1`, [
          RM.wu,
        ]),
      ).toEqual([{ n: 0 }]);
      // Nor can a client be given to them by hand.
      const toLeaver = await api.graphql(
        REASSIGN,
        { c: '105', m: RM.wu, r: 'Moving to a colleague' },
        as('head1'),
      );
      expect(toLeaver.errors![0].extensions).toMatchObject({ field: 'managerId', rule: 'RM_LEFT' });
    });

    it('re-ranking after planning makes the plan stale; the next plan is made from the new run', async () => {
      const before = (await api.graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment;
      const ranked = await api.graphql(
        `mutation { runCoreRanking { id status } }`,
        {},
        as('admin'),
      );
      expect(ranked.errors).toBeUndefined();
      expect(ranked.data!.runCoreRanking.status).toBe('COMPLETED');
      const stale = await api.graphql(APPLY, { id: before.id }, as('head1'));
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RE_RANKED' });
      const after = (await api.graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment;
      expect(after.rankingRunId).toBe(Number(ranked.data!.runCoreRanking.id));
      expect(after.rankingRunId).not.toBe(before.rankingRunId);
      expect(after.status).toBe('READY');
    });

    describe('refusals', () => {
      let branch1Plan: number;
      let branch2Plan: number;
      beforeAll(async () => {
        branch1Plan = (await api.graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment.id;
        branch2Plan = (await api.graphql(PLAN, { b: 2 }, as('head2'))).data!.planAssignment.id;
      });

      const expectRefused = async (
        user: string,
        query: string,
        variables: Record<string, unknown>,
        code = 'FORBIDDEN',
      ) => {
        const result = await api.graphql(query, variables, as(user));
        expect({ user, code: codeOf(result) }).toEqual({ user, code });
        expect(result.data).toBeNull();
      };
      const reassign = { m: RM.rm1, r: 'Moving to a colleague' };

      it('an RM cannot plan, read plans, apply, discard or reassign', async () => {
        await expectRefused('rm1', PLAN, { b: 1 });
        await expectRefused('rm1', PLAN_STATUS, { id: branch1Plan });
        await expectRefused('rm1', PLANS, {});
        await expectRefused('rm1', APPLY, { id: branch1Plan });
        await expectRefused('rm1', DISCARD, { id: branch1Plan });
        await expectRefused('rm1', REASSIGN, { c: '101', ...reassign });
      });

      it('HR cannot plan, read plans, reassign or read assignment history', async () => {
        await expectRefused('hr', PLAN, { b: 1 });
        await expectRefused('hr', PLAN_STATUS, { id: branch1Plan });
        await expectRefused('hr', PLANS, {});
        await expectRefused('hr', APPLY, { id: branch1Plan });
        await expectRefused('hr', REASSIGN, { c: '101', ...reassign });
        await expectRefused('hr', HISTORY, { c: '101' });
      });

      it("a branch head cannot touch another branch's plans or clients, nor plan the whole bank", async () => {
        await expectRefused('head1', PLAN, { b: 2 });
        await expectRefused('head1', PLAN, { b: null });
        await expectRefused('head1', PLAN_STATUS, { id: branch2Plan });
        await expectRefused('head1', PLANS, { b: 2 });
        await expectRefused('head1', APPLY, { id: branch2Plan });
        await expectRefused('head1', DISCARD, { id: branch2Plan });
        await expectRefused('head1', REASSIGN, { c: '104', m: RM.rm3, r: 'Moving to a colleague' });
        await expectRefused('head1', HISTORY, { c: '104' });
        // Refused attempts changed nothing.
        expect(
          (await api.graphql(PLAN_STATUS, { id: branch2Plan }, as('head2'))).data!.assignmentPlan
            .status,
        ).toBe('READY');
        const ownList = (await api.graphql(PLANS, {}, as('head1'))).data!.assignmentPlans.edges;
        expect(ownList.every(({ node }: any) => node.branch?.id === 1)).toBe(true);
      });

      it('admin lists the whole-bank plans apart from the branch plans; no one else may', async () => {
        const everyPlan = (await api.graphql(PLANS, {}, as('admin'))).data!.assignmentPlans.edges;
        expect(everyPlan.some(({ node }: any) => node.branch !== null)).toBe(true);
        const bankPlans = await api.graphql(BANK_PLANS, {}, as('admin'));
        expect(bankPlans.errors).toBeUndefined();
        const nodes = bankPlans.data!.assignmentPlans.edges.map(({ node }: any) => node);
        expect(nodes.length).toBeGreaterThan(0);
        expect(nodes.every((node: any) => node.branch === null)).toBe(true);
        await expectRefused('admin', BANK_PLANS, { b: 1 }, 'BAD_USER_INPUT');
        await expectRefused('head1', BANK_PLANS, {});
        await expectRefused('hr', BANK_PLANS, {});
      });

      it('an RM reads the history of their own clients only', async () => {
        const own = await api.graphql(HISTORY, { c: '101' }, as('rm1'));
        expect(own.data!.assignmentHistory[0].manager).toEqual({ id: RM.rm1 });
        // Zhou Jie's client.
        await expectRefused('rm1', HISTORY, { c: '104' });
      });

      it('only HR and admin change RM postings', async () => {
        for (const user of ['head1', 'rm1']) {
          await expectRefused(user, UPDATE_RM, {
            input: { id: RM.rm1, status: 'LEFT', coreCapacity: 0, version: 1 },
          });
        }
        expect(await sql(`SELECT status FROM relationship_managers WHERE id = 1`)).toEqual([
          { status: 'ACTIVE' },
        ]);
      });

      it('unknown plans and branches are NOT_FOUND', async () => {
        await expectRefused('admin', PLAN, { b: 99 }, 'NOT_FOUND');
        await expectRefused('admin', PLANS, { b: 99 }, 'NOT_FOUND');
        await expectRefused('admin', PLAN_STATUS, { id: 99_999 }, 'NOT_FOUND');
        await expectRefused('admin', APPLY, { id: 99_999 }, 'NOT_FOUND');
      });
    });

    it('applies, reassignments and posting changes are in the audit log', async () => {
      const entries = async (operation: string) =>
        (await api.graphql(AUDIT, { op: operation }, as('admin'))).data!.auditLog.edges.map(
          ({ node }: any) => node,
        );
      const applies = await entries('applyAssignmentPlan');
      expect(applies).toContainEqual(
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
      const reassigns = await entries('reassignClient');
      expect(reassigns).toContainEqual(
        expect.objectContaining({
          actorUsername: 'head1',
          entityType: 'Client',
          entityId: '109',
          after: { managerId: RM.rm1 },
          detail: 'Knows the family business well',
        }),
      );
      const postings = await entries('updateRelationshipManager');
      expect(postings).toContainEqual(
        expect.objectContaining({
          actorUsername: 'hr',
          entityId: String(RM.wu),
          before: { status: 'ACTIVE', coreCapacity: 150 },
          after: { status: 'LEFT', coreCapacity: 150 },
        }),
      );
      expect(await entries('updateAssignmentSettings')).toHaveLength(1);
      expect((await entries('planAssignment')).length).toBeGreaterThanOrEqual(6);
    });
  });
});
