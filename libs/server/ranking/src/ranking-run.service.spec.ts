import {
  clientValueFen,
  divideRounded,
  fromFen,
  toFen,
  growthPercent,
  isCore,
  monetaryPercentRank,
  lifecycleStage,
  monthsBetween,
  quintileScore,
  tierFor,
  valueMatrixCell,
  type Actor,
  type RankingSettings,
} from '@corebook/domain';
import { bankToday } from '@corebook/server/common';
import type { DataSource } from 'typeorm';
import type { EarlyWarningsService } from './early-warnings.service';
import {
  actor,
  loadFacts,
  percentRanks,
  startRankingBench,
  type Facts,
  type RankingBench,
} from './ranking-run.fixtures';
import type { RankingRunService } from './ranking-run.service';
import type { RankingSettingsService } from './ranking-settings.service';
import { KEPT_RUNS, type RankingsService } from './rankings.service';

jest.setTimeout(180_000);

/** What an RM did about a warning. */
const CALLED = { note: 'Called the client; visit agreed', followUpOn: null };

// One scenario over one copy of the demo bank, its tests in order: each run is compared with
// the one before, the scope setting stays changed, the warnings come from the runs before.
// How a run gets its inputs, and the runs refused: ranking-run-inputs.spec.ts.
describe('a ranking run over the demo bank', () => {
  let bench: RankingBench;
  let dataSource: DataSource;
  let ranking: RankingRunService;
  let rankings: RankingsService;
  let rules: RankingSettingsService;
  let warnings: EarlyWarningsService;
  let admin: Actor;
  let head: Actor;

  beforeAll(async () => {
    bench = await startRankingBench();
    ({ dataSource, ranking, rankings, rules, warnings, admin, head } = bench);
  });
  afterAll(() => bench?.close());

  it('marks the top 20% core, with tiers by percentile and most of the value with the core', async () => {
    const run = await ranking.run(admin, '2026-11-15', 'test');
    expect(run).toMatchObject({
      status: 'COMPLETED',
      progress: 100,
      clientCount: 5000,
      coreCount: 1000,
      lastFactMonth: '2026-09-01',
    });
    expect(Object.fromEntries(run.tierCounts!.map((t) => [t.tier, t.clients]))).toEqual({
      PLATINUM: 50,
      GOLD: 200,
      SILVER: 750,
      BRONZE: 4000,
    });
    // The seeded bank is Pareto-skewed: the top 20% hold roughly 75-85% of value.
    expect(run.coreValueShare).toBeGreaterThan(0.7);
    expect(run.coreValueShare).toBeLessThan(0.9);
  });

  it('finds the cycles the demo bank was seeded with in place: no due date moves', async () => {
    // The seed tiered the core as this first run does, so the run rewrites no client's cycle
    // and the RMs' revisit queues stay as they were.
    const [{ rewritten, logged }] = await dataSource.query<{ rewritten: number; logged: number }[]>(
      `SELECT (SELECT count(*) FROM client_cycles s
               WHERE s.updated_at >= (SELECT started_at FROM ranking_runs ORDER BY id DESC LIMIT 1))::int AS rewritten,
              (SELECT count(*) FROM client_cycle_log WHERE valid_on >= $1::date)::int AS logged`,
      [bankToday()],
    );
    expect({ rewritten, logged }).toEqual({ rewritten: 0, logged: 0 });
  });

  it('computes every client exactly as the domain rules say', async () => {
    const [{ id: runId, settings }] = await dataSource.query<
      { id: number; settings: RankingSettings }[]
    >(`SELECT id, settings FROM ranking_runs WHERE status = 'COMPLETED' ORDER BY id DESC LIMIT 1`);
    const clients = await loadFacts(dataSource);
    const last = '2026-09-01';
    const monthsBack = (month: string) => monthsBetween(month, last);
    const rows = clients.map((client) => {
      const inWindow = (from: number, to: number) =>
        client.months.filter((m) => monthsBack(m.month) >= from && monthsBack(m.month) < to);
      const sum = (list: Facts['months'], pick: (m: Facts['months'][number]) => number) =>
        list.reduce((total, m) => total + pick(m), 0);
      const last12 = inWindow(0, 12);
      const contributionFen = last12.reduce((total, m) => total + toFen(m.contributionText), 0n);
      const aumFen = last12.length
        ? divideRounded(
            last12.reduce((total, m) => total + toFen(m.aumText), 0n),
            BigInt(last12.length),
          )
        : 0n;
      const activity = client.months
        .map((m) => m.lastActivity)
        .filter((d): d is string => d !== null)
        .sort();
      return {
        id: client.id,
        value: Number(fromFen(clientValueFen(contributionFen, aumFen, settings))),
        growth: growthPercent(
          sum(inWindow(0, 6), (m) => m.contribution),
          sum(inWindow(6, 12), (m) => m.contribution),
        ),
        lastActivity: activity.at(-1) ?? null,
        transactions12m: sum(last12, (m) => m.transactions),
        stageFacts: {
          tenureMonths: monthsBetween(client.openedOn, '2026-11-15'),
          value6m: sum(inWindow(0, 6), (m) => m.contribution),
          valuePrevious6m: sum(inWindow(6, 12), (m) => m.contribution),
          transactions6m: sum(inWindow(0, 6), (m) => m.transactions),
          transactionsPrevious6m: sum(inWindow(6, 12), (m) => m.transactions),
          growthPercent: growthPercent(
            sum(inWindow(0, 6), (m) => m.contribution),
            sum(inWindow(6, 12), (m) => m.contribution),
          ),
        },
        productGaps: 5 - client.productsHeld,
      };
    });
    const byValue = [...rows].sort((a, b) => b.value - a.value || Number(a.id) - Number(b.id));
    const rankOf = new Map(byValue.map((row, k) => [row.id, k + 1]));
    const recency = percentRanks(
      rows.map((row) => (row.lastActivity ? Date.parse(row.lastActivity) : -Infinity)),
    );
    const frequency = percentRanks(rows.map((row) => row.transactions12m));

    const stored = new Map(
      (
        await dataSource.query<
          {
            clientId: string;
            value: string;
            valueRank: number;
            core: boolean;
            tier: string;
            r: number;
            f: number;
            m: number;
            stage: string;
            cell: string;
            gaps: number;
          }[]
        >(
          `SELECT client_id::text AS "clientId", value::text, value_rank AS "valueRank", core, tier, recency_score AS r,
                  frequency_score AS f, monetary_score AS m, lifecycle_stage AS stage, matrix_cell AS cell, product_gaps AS gaps
           FROM client_rankings WHERE run_id = $1`,
          [runId],
        )
      ).map((row) => [row.clientId, row]),
    );
    expect(stored.size).toBe(rows.length);
    const mismatches: string[] = [];
    rows.forEach((row, k) => {
      const got = stored.get(row.id)!;
      const rank = rankOf.get(row.id)!;
      const core = isCore(rank, rows.length, settings);
      const stage = lifecycleStage(row.stageFacts, settings);
      const expected = {
        value: row.value.toFixed(2),
        valueRank: rank,
        core,
        tier: tierFor(rank, rows.length, settings),
        r: quintileScore(recency[k]),
        f: quintileScore(frequency[k]),
        m: quintileScore(monetaryPercentRank(rank, rows.length)),
        stage,
        cell: valueMatrixCell(
          core,
          { growthPercent: row.growth, productGaps: row.productGaps, stage },
          settings,
        ),
        gaps: row.productGaps,
      };
      const actual = { ...got, clientId: undefined };
      delete actual.clientId;
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        mismatches.push(
          `${row.id}: expected ${JSON.stringify(expected)} got ${JSON.stringify(actual)}`,
        );
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    // The demo bank has clients in every stage, so the rules above were all exercised.
    const stages = new Set([...stored.values()].map((row) => row.stage));
    expect([...stages].sort()).toEqual(['DECLINE', 'EXPLORATION', 'FORMATION', 'STABLE']);
  });

  it('re-ranking unchanged data changes no one and raises no new warning', async () => {
    const run = await ranking.run(admin, '2026-11-15', 'test');
    expect(run).toMatchObject({ coreCount: 1000, enteredCore: 0, leftCore: 0, earlyWarnings: 0 });
    const changes = await rankings.coreSetChanges(admin, {
      runId: null,
      branchId: null,
      change: 'ENTERED',
      first: 10,
      after: null,
    });
    expect(changes.totalCount).toBe(0);
  });

  it('ranks each branch on its own when the scope setting says so, and lists who entered and left', async () => {
    const { settings, version } = await rules.current();
    await rules.updateSettings(admin, { ...settings, scope: 'BRANCH' }, version, 'test');
    const run = await ranking.run(admin, '2026-11-15', 'test');
    const perBranch = await dataSource.query<{ clients: number; core: number }[]>(
      `SELECT count(*)::int AS clients, count(*) FILTER (WHERE core)::int AS core FROM client_rankings WHERE run_id = $1 GROUP BY branch_id`,
      [run.id],
    );
    for (const branch of perBranch) expect(branch.core).toBe(Math.ceil(branch.clients * 0.2));
    // Recency and frequency are scored within the branch too: quintileScore of the percent
    // rank among the branch's clients, worked out here straight from the facts.
    const [{ checked, wrong }] = await dataSource.query<{ checked: number; wrong: number }[]>(
      `WITH figures AS (
         SELECT c.id, c.branch_id,
           coalesce(max(f.last_activity_on), '-infinity'::date) AS last_activity,
           coalesce(sum(f.transaction_count), 0) AS transactions
         FROM clients c
         LEFT JOIN client_monthly_facts f ON f.client_id = c.id
           AND f.month > DATE '2026-09-01' - interval '12 months' AND f.month <= DATE '2026-09-01'
         GROUP BY c.id, c.branch_id
       ), expected AS (
         SELECT id,
           percent_rank() OVER (PARTITION BY branch_id ORDER BY last_activity) AS recency,
           percent_rank() OVER (PARTITION BY branch_id ORDER BY transactions) AS frequency
         FROM figures
       )
       SELECT count(*)::int AS checked,
         count(*) FILTER (WHERE r.recency_score <> least(5, 1 + floor(5 * e.recency))
           OR r.frequency_score <> least(5, 1 + floor(5 * e.frequency)))::int AS wrong
       FROM client_rankings r JOIN expected e ON e.id = r.client_id
       WHERE r.run_id = $1`,
      [run.id],
    );
    expect({ checked, wrong }).toEqual({ checked: 5000, wrong: 0 });
    expect(run.enteredCore).toBeGreaterThan(0);
    expect(run.enteredCore).toBe(run.leftCore! + (run.coreCount! - 1000));
    const entered = await rankings.coreSetChanges(head, {
      runId: null,
      branchId: null,
      change: 'ENTERED',
      first: 200,
      after: null,
    });
    const [{ branchOf }] = await dataSource.query<{ branchOf: number[] }[]>(
      `SELECT array_agg(DISTINCT branch_id) AS "branchOf" FROM clients WHERE id = ANY($1::bigint[])`,
      [entered.edges.map((edge) => edge.node.clientId)],
    );
    expect(branchOf ?? [head.branchId]).toEqual([head.branchId]);
    for (const edge of entered.edges)
      expect(edge.node.tierBefore === null || edge.node.tierBefore === 'BRONZE').toBe(true);
  });

  it("shows a branch head only their branch's figures, the bank's only when a setting allows", async () => {
    const pareto = (await rankings.pareto(head, null))!;
    expect(pareto.branches.map((branch) => branch.branchId)).toEqual([head.branchId]);
    expect(pareto.bank).toBeNull();
    expect(pareto.branches[0].curve.points).toHaveLength(20);
    const [run] = (await rankings.runs(head, 1, null)).edges.map((edge) => edge.node);
    expect(run).toMatchObject({
      figuresScope: 'BRANCH',
      clientCount: pareto.branches[0].curve.clients,
      enteredCore: null,
      tierCounts: null,
    });

    const all = (await rankings.pareto(admin, null))!;
    expect(all.branches.length).toBeGreaterThan(1);
    expect(all.bank!.points).toHaveLength(100);
    expect(all.bank!.points.at(-1)).toBeCloseTo(1, 6);
    expect(all.bank!.top20Share).toBeGreaterThan(0.7);
    const bankRun = await rankings.runById(admin, run.id);
    expect(bankRun.figuresScope).toBe('BANK');
    expect(bankRun.clientCount).toBeGreaterThan(run.clientCount!);

    const { settings, version } = await rules.current();
    await rules.updateSettings(
      admin,
      { ...settings, bankFiguresForBranchHeads: true },
      version,
      'test',
    );
    try {
      expect((await rankings.pareto(head, null))!.bank).toEqual(all.bank);
      expect((await rankings.runById(head, run.id)).clientCount).toBe(bankRun.clientCount);
    } finally {
      const current = await rules.current();
      await rules.updateSettings(
        admin,
        { ...settings, bankFiguresForBranchHeads: false },
        current.version,
        'test',
      );
    }
  });

  it('warns an RM only about declining core clients in their own book', async () => {
    const [{ managerId, userId }] = await dataSource.query<{ managerId: number; userId: number }[]>(
      `SELECT b.manager_id AS "managerId", u.id AS "userId" FROM early_warnings w
       JOIN current_assignments b ON b.client_id = w.client_id
       JOIN users u ON u.relationship_manager_id = b.manager_id LIMIT 1`,
    );
    const rm = actor(userId, 'RM', null, managerId);
    const page = await warnings.page(rm, {
      includeAcknowledged: false,
      clientId: null,
      first: 50,
      after: null,
    });
    expect(page.totalCount).toBeGreaterThan(0);
    const owners = await dataSource.query<{ managerId: number }[]>(
      `SELECT DISTINCT manager_id AS "managerId" FROM current_assignments WHERE client_id = ANY($1::bigint[])`,
      [page.edges.map((edge) => edge.node.clientId)],
    );
    expect(owners).toEqual([{ managerId }]);
    const first = page.edges[0].node;
    await warnings.acknowledge(rm, first.id, CALLED, 'test');
    await expect(warnings.acknowledge(rm, first.id, CALLED, 'test')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const [{ id: foreign }] = await dataSource.query<{ id: string }[]>(
      `SELECT w.id::text FROM early_warnings w LEFT JOIN current_assignments b ON b.client_id = w.client_id
       WHERE b.manager_id IS DISTINCT FROM $1 LIMIT 1`,
      [managerId],
    );
    await expect(warnings.acknowledge(rm, foreign, CALLED, 'test')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it("gives each client's latest unacknowledged warning, for a page of clients at once", async () => {
    const [open] = await dataSource.query<{ id: string; clientId: string; runId: number }[]>(
      `SELECT w.id::text, w.client_id::text AS "clientId", w.run_id AS "runId" FROM early_warnings w
       WHERE w.acknowledged_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM early_warnings x WHERE x.client_id = w.client_id AND x.id <> w.id)
       ORDER BY w.id LIMIT 1`,
    );
    const [calm] = await dataSource.query<{ id: string }[]>(
      `SELECT c.id::text FROM clients c WHERE NOT EXISTS (SELECT 1 FROM early_warnings w WHERE w.client_id = c.id) LIMIT 1`,
    );
    // A second, newer warning for the same client (as a later run would raise).
    const [newer] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO early_warnings (kind, run_id, client_id, branch_id, manager_id)
       SELECT 'CORE_CLIENT_DECLINE', run_id, client_id, branch_id, manager_id FROM early_warnings WHERE id = $1
       RETURNING id::text`,
      [open.id],
    );
    const latest = async () =>
      (await warnings.latestOpenOf([open.clientId, calm.id])).map((w) => [w.clientId, w.id]);
    expect(await latest()).toEqual([[open.clientId, newer.id]]);
    await warnings.acknowledge(admin, newer.id, CALLED, 'test');
    expect(await latest()).toEqual([[open.clientId, open.id]]);
    await warnings.acknowledge(admin, open.id, CALLED, 'test');
    expect(await latest()).toEqual([]);
  });

  it(`keeps client rows of the latest ${KEPT_RUNS} runs and drops older runs' partitions whole`, async () => {
    const [{ oldest }] = await dataSource.query<{ oldest: number }[]>(
      `SELECT min(id) AS oldest FROM ranking_runs WHERE status = 'COMPLETED'`,
    );
    const partition = `client_rankings_run_${oldest}`;
    const exists = async () =>
      (
        await dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pg_class WHERE relname = $1`,
          [partition],
        )
      )[0].n;
    expect(await exists()).toBe(1);
    // Enough newer completed runs that the oldest falls out of the kept window with the next run.
    await dataSource.query(
      `INSERT INTO ranking_runs (effective_on, status, settings, client_count)
       SELECT '2026-11-15', 'COMPLETED', '{}', 0 FROM generate_series(1, $1)`,
      [KEPT_RUNS],
    );
    const run = await ranking.run(admin, '2026-11-15', 'test');
    expect(await exists()).toBe(0);
    // Its core-set changes cannot be listed any more, and say so rather than list nothing.
    await expect(
      rankings.coreSetChanges(admin, {
        runId: oldest,
        branchId: null,
        change: 'ENTERED',
        first: 10,
        after: null,
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'runId' } });
    // The old run's summary stays; the new run's rows are there.
    expect(
      (await dataSource.query(`SELECT status FROM ranking_runs WHERE id = $1`, [oldest]))[0].status,
    ).toBe('COMPLETED');
    expect(
      (
        await dataSource.query(`SELECT count(*)::int AS n FROM client_rankings WHERE run_id = $1`, [
          run.id,
        ])
      )[0].n,
    ).toBe(5000);
  });
});
