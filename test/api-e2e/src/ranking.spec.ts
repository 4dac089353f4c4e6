import { FIXTURE, startTestApi, type GraphqlResult, type TestApi } from './support/test-api';
import { withDb } from './support/ranking-fixture';

const RUN = `mutation ($on: String) { runCoreRanking(effectiveOn: $on) {
  id status figuresScope clientCount coreCount coreValueShare enteredCore leftCore lastFactMonth } }`;
const RUN_FIGURES = `query ($id: Int!) { rankingRun(id: $id) { figuresScope clientCount coreCount enteredCore leftCore } }`;
const RUNS = `{ rankingRuns(first: 5) { edges { node { id status coreCount } } } }`;
const PARETO = `{ pareto { runId bank { clients top20Share points } branches { branch { id } coreClients } } }`;
const CHANGES = `query ($b: Int) { coreSetChanges(change: ENTERED, branchId: $b) {
  totalCount edges { node { change tierNow client { id } } } } }`;
const SETTINGS = `{ rankingSettings { version corePercent scope } }`;
const UPDATE = `mutation ($v: Int!, $input: RankingSettingsInput!) {
  updateRankingSettings(version: $v, input: $input) { version corePercent } }`;
const SEGMENT = `query ($id: ID!) { client(id: $id) { id core tier lifecycleStage valueMatrixCell
  rfm { recency frequency monetary } ranking { valueRank scopeSize } rankingHistory { runId core } } }`;
const WARNINGS = `{ earlyWarnings { totalCount } }`;

const RULES = {
  scope: 'BANK',
  corePercent: 20,
  contributionWeight: 1,
  aumWeight: 0.01,
  platinumPercent: 1,
  goldPercent: 5,
  silverPercent: 20,
  explorationMonths: 12,
  formationMonths: 36,
  formationGrowthPercent: 20,
  declineValueDropPercent: 20,
  declineActivityDropPercent: 30,
  potentialGrowthPercent: 10,
  potentialProductGaps: 3,
};

const codeOf = (result: GraphqlResult) => result.errors?.[0]?.extensions.code;

/** docs/domain.md rules 1, 4, 5 through GraphQL: who may rank, read rankings and change the rules. */
describe('core ranking over GraphQL', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ token: tokens[user] });

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'hr', 'head1', 'head2', 'rm1', 'rm3'])
      tokens[user] = await api.tokenFor(user);
  });
  afterAll(() => api.close());

  it('admin ranks the whole bank: the top 20% of the fixture is core; a branch head may not', async () => {
    // Before the first run there is no curve: an empty answer, not an error.
    const none = await api.graphql(PARETO, {}, as('admin'));
    expect(none.errors).toBeUndefined();
    expect(none.data!.pareto).toBeNull();
    // A run re-ranks every branch: not one branch head's to start.
    const refused = await api.graphql(RUN, { on: '2026-11-15' }, as('head1'));
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    const ranked = await api.graphql(RUN, { on: '2026-11-15' }, as('admin'));
    expect(ranked.errors).toBeUndefined();
    expect(ranked.data!.runCoreRanking).toMatchObject({
      status: 'COMPLETED',
      figuresScope: 'BANK',
      lastFactMonth: '2026-10-01',
    });
    // The head sees their branch's figures (four clients), not the bank's.
    const head = await api.graphql(
      RUN_FIGURES,
      { id: ranked.data!.runCoreRanking.id },
      as('head1'),
    );
    expect(head.data!.rankingRun).toEqual({
      figuresScope: 'BRANCH',
      clientCount: 4,
      coreCount: 1,
      enteredCore: null,
      leftCore: null,
    });
    // Five clients: 20% rounds up to one core client, the one with facts (Wang Fang).
    const bank = await api.graphql(
      RUN_FIGURES,
      { id: ranked.data!.runCoreRanking.id },
      as('admin'),
    );
    expect(bank.data!.rankingRun).toEqual({
      figuresScope: 'BANK',
      clientCount: 5,
      coreCount: 1,
      enteredCore: 1,
      leftCore: 0,
    });
    const wang = await api.graphql(SEGMENT, { id: FIXTURE.clients.wang }, as('rm1'));
    expect(wang.data!.client).toMatchObject({
      core: true,
      tier: 'PLATINUM',
      ranking: { valueRank: 1, scopeSize: 5 },
    });
    expect(wang.data!.client.rankingHistory).toHaveLength(1);
  });

  it('refuses RMs and HR ranking or reading rankings, without data', async () => {
    for (const user of ['rm1', 'hr']) {
      for (const query of [RUN, RUNS, PARETO, SETTINGS]) {
        const refused = await api.graphql(query, {}, as(user));
        expect(codeOf(refused)).toBe('FORBIDDEN');
        // No data: null, or null in a field that may be null (pareto before any run).
        expect(Object.values(refused.data ?? {}).every((value) => value === null)).toBe(true);
      }
      const changes = await api.graphql(CHANGES, {}, as(user));
      expect(codeOf(changes)).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.graphql(RUN, {}, {}))).toBe('UNAUTHENTICATED');
  });

  it('shows a branch head only their own branch of the Pareto view and core-set changes', async () => {
    // The bank's curve is not the head's to see (unless the ranking rules say so).
    const pareto = await api.graphql(PARETO, {}, as('head2'));
    expect(pareto.data!.pareto.bank).toBeNull();
    expect(pareto.data!.pareto.branches.map((b: any) => b.branch.id)).toEqual([
      FIXTURE.branches.b2,
    ]);
    expect((await api.graphql(PARETO, {}, as('admin'))).data!.pareto.bank.clients).toBe(5);
    const own = await api.graphql(CHANGES, {}, as('head1'));
    expect(own.errors).toBeUndefined();
    expect(own.data!.coreSetChanges.edges.map((e: any) => e.node.client.id)).toEqual([
      FIXTURE.clients.wang,
    ]);
    const other = await api.graphql(CHANGES, {}, as('head2'));
    expect(other.data!.coreSetChanges.totalCount).toBe(0);
    const asked = await api.graphql(CHANGES, { b: FIXTURE.branches.b1 }, as('head2'));
    expect(codeOf(asked)).toBe('FORBIDDEN');
    expect(asked.data).toBeNull();
    // Admin asking for a branch the bank does not have: NOT_FOUND, not an empty list.
    expect(codeOf(await api.graphql(CHANGES, { b: 999 }, as('admin')))).toBe('NOT_FOUND');
  });

  it("gives a client's segment only to those who may read the client", async () => {
    const foreign = await api.graphql(SEGMENT, { id: FIXTURE.clients.chen }, as('rm1'));
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    expect(foreign.data).toBeNull();
    const hr = await api.graphql(SEGMENT, { id: FIXTURE.clients.wang }, as('hr'));
    expect(codeOf(hr)).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(WARNINGS, {}, as('hr')))).toBe('FORBIDDEN');
    // Omitted optional arguments mean "none": an RM lists their warnings without a client id.
    const own = await api.graphql(WARNINGS, {}, as('rm1'));
    expect(own.errors).toBeUndefined();
    expect(own.data!.earlyWarnings.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('refuses a future effective date, a date before any facts, and a second run while one runs', async () => {
    const future = await api.graphql(RUN, { on: '2099-01-01' }, as('admin'));
    expect(future.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'effectiveOn',
    });
    const early = await api.graphql(RUN, { on: '2020-01-01' }, as('admin'));
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    const malformed = await api.graphql(RUN, { on: '15/11/2026' }, as('admin'));
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    const impossible = await api.graphql(RUN, { on: '2025-02-30' }, as('admin'));
    expect(impossible.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'effectiveOn',
    });
  });

  it('refuses an edited page cursor as bad input', async () => {
    const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const key of [[1.5], [99_999_999_999], ['7']]) {
      const edited = await api.graphql(
        `query ($after: String) { rankingRuns(first: 5, after: $after) { edges { node { id } } } }`,
        { after: cursor(key) },
        as('admin'),
      );
      expect(edited.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    }
  });

  it('lets only admin change the ranking rules: field-named errors, stale versions refused, audited', async () => {
    const { version } = (await api.graphql(SETTINGS, {}, as('head1'))).data!.rankingSettings;
    for (const user of ['head1', 'rm1', 'hr']) {
      const refused = await api.graphql(UPDATE, { v: version, input: RULES }, as(user));
      expect(codeOf(refused)).toBe('FORBIDDEN');
    }
    const bad = await api.graphql(
      UPDATE,
      { v: version, input: { ...RULES, goldPercent: 0.5 } },
      as('admin'),
    );
    // The rule and its limits, so the portal can say why in the user's language.
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'goldPercent',
      rule: 'RANGE',
      params: { min: 'platinumPercent', minValue: 1, max: 100 },
    });
    const saved = await api.graphql(
      UPDATE,
      { v: version, input: { ...RULES, corePercent: 40 } },
      as('admin'),
    );
    expect(saved.data!.updateRankingSettings).toEqual({ version: version + 1, corePercent: 40 });
    const stale = await api.graphql(UPDATE, { v: version, input: RULES }, as('admin'));
    expect(codeOf(stale)).toBe('CONFLICT');

    // The new rules apply to the next run: 40% of five clients is two core clients.
    const ranked = await api.graphql(RUN, { on: '2026-11-15' }, as('admin'));
    expect(ranked.data!.runCoreRanking).toMatchObject({ coreCount: 2, enteredCore: 1 });
    const audit = await api.graphql(
      `{ auditLog(filter: { operation: "updateRankingSettings", outcome: OK }, first: 5) {
         edges { node { actorUsername before after } } } }`,
      {},
      as('admin'),
    );
    expect(audit.errors).toBeUndefined();
    // Only the changes: the refusals above are audited without holding up their requests,
    // so they may be written after the change and would come first.
    const [entry] = audit.data!.auditLog.edges;
    expect(entry.node).toMatchObject({
      actorUsername: 'admin',
      before: { corePercent: 20 },
      after: { corePercent: 40 },
    });
  });
});

/** Decision 30: the API prepares a newly loaded month's ranking inputs before anyone ranks. */
describe('ranking inputs prepared in the background', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ RANKING_PREPARE_SECONDS: '1' });
  });
  afterAll(() => api.close());

  it('sums the latest month once it is loaded, so the first run does not', async () => {
    const figuresComputedAt = async () =>
      withDb(api.database.url, async (db) => {
        const { rows } = await db.query<{ at: string }>(
          `SELECT computed_at::text AS at FROM client_figures_as_of`,
        );
        return rows[0]?.at ?? null;
      });
    // The fixture's facts were loaded when the API started: within seconds they are summed.
    let prepared: string | null = null;
    for (let tries = 0; tries < 300 && !prepared; tries++) {
      prepared = await figuresComputedAt();
      if (!prepared) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(prepared).not.toBeNull();
    const admin = { token: await api.tokenFor('admin') };
    const ranked = await api.graphql(RUN, { on: '2026-11-15' }, admin);
    expect(ranked.data!.runCoreRanking).toMatchObject({ status: 'COMPLETED', clientCount: 5 });
    expect(await figuresComputedAt()).toBe(prepared);
  });
});
