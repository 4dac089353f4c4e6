import { DEFAULT_RANKING_SETTINGS, type RankingSettings } from '@corebook/domain';
import { FIXTURE, startTestApi, type GraphqlResult, type TestApi } from './support/test-api';
import { withDb } from './support/ranking-fixture';

// Issue 16, defect 3: where the rules rank each branch on its own, a branch head re-ranks
// their branch only; the other branches keep their rankings. The whole bank is admin's.
const RUN = `mutation ($on: String, $b: Int) { runCoreRanking(effectiveOn: $on, branchId: $b) {
  id status rankedBranchId rankedBranchName earlyWarnings } }`;
const SETTINGS = `{ rankingSettings { version } }`;
const UPDATE = `mutation ($v: Int!, $input: RankingSettingsInput!) {
  updateRankingSettings(version: $v, input: $input) { version } }`;

// The shipped rules (one home: libs/domain), ranking each branch on its own.
const RULES: RankingSettings = { ...DEFAULT_RANKING_SETTINGS, scope: 'BRANCH' };
const { b1, b2 } = FIXTURE.branches;

const refusal = (result: GraphqlResult) => ({
  code: result.errors?.[0]?.extensions.code,
  rule: result.errors?.[0]?.extensions.rule,
});

describe('ranking one branch', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ token: tokens[user] });

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'head1', 'rm1']) tokens[user] = await api.tokenFor(user);
  });
  afterAll(() => api.close());

  async function setRules(rules: typeof RULES): Promise<void> {
    const { data } = await api.graphql(SETTINGS, {}, as('admin'));
    const saved = await api.graphql(
      UPDATE,
      { v: data!.rankingSettings.version, input: rules },
      as('admin'),
    );
    expect(saved.errors).toBeUndefined();
  }

  /** Each client of a run: branch, value, rank, core flag and tier, by client id. */
  const rowsOf = (runId: number) =>
    withDb(api.database.url, async (db) => {
      const { rows } = await db.query<{ clientId: string; branchId: number }>(
        `SELECT client_id::text AS "clientId", branch_id AS "branchId", value::text, value_rank AS rank, core, tier
         FROM client_rankings WHERE run_id = $1 ORDER BY client_id`,
        [runId],
      );
      return rows;
    });

  it('re-ranks the head’s branch with the rules of today and carries the other branches as they were', async () => {
    await setRules(RULES);
    const bank = await api.graphql(RUN, { on: '2026-11-15' }, as('admin'));
    expect(bank.data!.runCoreRanking).toMatchObject({ status: 'COMPLETED', rankedBranchId: null });
    const before = await rowsOf(bank.data!.runCoreRanking.id);

    const planOf = async (branchId: number) =>
      (
        await api.graphql(
          'mutation ($b: Int) { planAssignment(branchId: $b) { id status } }',
          { b: branchId },
          as('admin'),
        )
      ).data!.planAssignment;
    const plans = { [b1]: await planOf(b1), [b2]: await planOf(b2) };

    // Three in five core clients instead of one: only branch 1's change.
    await setRules({ ...RULES, corePercent: 60 });
    const branch = await api.graphql(RUN, { on: '2026-11-16', b: b1 }, as('head1'));
    expect(branch.errors).toBeUndefined();
    expect(branch.data!.runCoreRanking).toMatchObject({
      status: 'COMPLETED',
      rankedBranchId: b1,
      rankedBranchName: 'Riverside',
    });
    const after = await rowsOf(branch.data!.runCoreRanking.id);
    expect(after.map((row) => row.clientId)).toEqual(before.map((row) => row.clientId));
    const inBranch = (rows: typeof before, id: number) => rows.filter((r) => r.branchId === id);
    expect(inBranch(after, b2)).toEqual(inBranch(before, b2));
    const core = (rows: typeof before) => rows.filter((row) => (row as any).core).length;
    const size = inBranch(after, b1).length;
    expect(core(inBranch(after, b1))).toBe(Math.ceil((size * 60) / 100));
    expect(core(inBranch(before, b1))).toBe(Math.ceil((size * 20) / 100));

    // Only branch 1's plan is out of date; branch 2's may still be applied.
    const reRanked = async (id: string) =>
      (
        await api.graphql(
          'query ($id: Int!) { assignmentPlan(id: $id) { reRanked } }',
          { id: Number(id) },
          as('admin'),
        )
      ).data!.assignmentPlan.reRanked;
    expect(await reRanked(plans[b1].id)).toBe(true);
    expect(await reRanked(plans[b2].id)).toBe(false);

    // The run and who started it are audited, with the branch.
    await api.flushAudit();
    const { data } = await api.graphql(
      `{ auditLog(filter: { operation: "runCoreRanking", actorUsername: "head1" }) { edges { node { after } } } }`,
      {},
      as('admin'),
    );
    expect(data!.auditLog.edges[0].node.after).toMatchObject({ branchId: b1 });
  });

  it('refuses another branch, the whole bank, and anyone but its head or admin', async () => {
    expect(refusal(await api.graphql(RUN, { on: '2026-11-17', b: b2 }, as('head1')))).toEqual({
      code: 'FORBIDDEN',
      rule: undefined,
    });
    expect(refusal(await api.graphql(RUN, { on: '2026-11-17' }, as('head1'))).code).toBe(
      'FORBIDDEN',
    );
    expect(refusal(await api.graphql(RUN, { on: '2026-11-17', b: b1 }, as('rm1'))).code).toBe(
      'FORBIDDEN',
    );
    expect(refusal(await api.graphql(RUN, { on: '2026-11-17', b: 999 }, as('admin'))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses a branch run where the rules rank the whole bank together, or over such a run', async () => {
    await setRules({ ...RULES, scope: 'BANK' });
    expect(refusal(await api.graphql(RUN, { on: '2026-11-17', b: b1 }, as('head1')))).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'SCOPE_IS_BANK',
    });
    const bank = await api.graphql(RUN, { on: '2026-11-17' }, as('admin'));
    expect(bank.errors).toBeUndefined();
    // Back to ranking by branch: the current ranking ranked the bank together, so the first
    // run under the new rules must rank every branch.
    await setRules(RULES);
    expect(refusal(await api.graphql(RUN, { on: '2026-11-18', b: b1 }, as('head1')))).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'NEEDS_BANK_RUN',
    });
    const runs = await withDb(api.database.url, (db) =>
      db.query(`SELECT count(*)::int AS n FROM ranking_runs WHERE status <> 'COMPLETED'`),
    );
    expect(runs.rows[0].n).toBe(0);
  });
});
