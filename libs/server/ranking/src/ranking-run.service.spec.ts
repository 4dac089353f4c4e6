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
import { AuditService, SettingsStore } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { createLogger } from '@corebook/server/common';
import { dataSourceOptions } from '@corebook/server/database';
import { DEMO_BANK } from '@corebook/server/seed';
import { createTestDatabase, type TestDatabase } from '@corebook/server/testing';
import { DataSource } from 'typeorm';
import { EarlyWarningsService } from './early-warnings.service';
import { INPUTS_LOCK, RankingInputsService } from './ranking-inputs.service';
import { RankingRunService } from './ranking-run.service';
import { RankingSettingsService } from './ranking-settings.service';
import { KEPT_RUNS, RankingsService } from './rankings.service';

jest.setTimeout(180_000);

const actor = (
  id: number,
  role: Actor['role'],
  branchId: number | null,
  managerId: number | null = null,
): Actor => ({
  userId: id,
  username: `user${id}`,
  role,
  branchId,
  managerId,
});

/** Percent rank as PostgreSQL computes it: (rank - 1) / (n - 1), ties sharing the lowest rank. */
function percentRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const firstIndex = new Map<number, number>();
  sorted.forEach((value, k) => {
    if (!firstIndex.has(value)) firstIndex.set(value, k);
  });
  return values.map((value) =>
    values.length > 1 ? firstIndex.get(value)! / (values.length - 1) : 0,
  );
}

interface Facts {
  id: string;
  branchId: number;
  openedOn: string;
  months: {
    month: string;
    contribution: number;
    contributionText: string;
    aumText: string;
    transactions: number;
    lastActivity: string | null;
  }[];
  productsHeld: number;
}

describe('a ranking run over the demo bank', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let ranking: RankingRunService;
  let rankings: RankingsService;
  let rules: RankingSettingsService;
  let inputs: RankingInputsService;
  let warnings: EarlyWarningsService;
  let admin: Actor;
  let head: Actor;
  /** When the month's figures or the product types were last built. */
  const computedAt = async (table: 'client_figures_as_of' | 'client_product_types_as_of') =>
    (await dataSource.query<{ at: string }[]>(`SELECT computed_at::text AS at FROM ${table}`))[0]
      .at;

  beforeAll(async () => {
    database = await createTestDatabase(DEMO_BANK);
    dataSource = new DataSource(dataSourceOptions(database.url, 4));
    await dataSource.initialize();
    const access = new AccessService(dataSource);
    const audit = new AuditService(dataSource);
    rules = new RankingSettingsService(new SettingsStore(dataSource, audit), access);
    inputs = new RankingInputsService(dataSource);
    rankings = new RankingsService(dataSource, access, rules);
    ranking = new RankingRunService(
      dataSource,
      access,
      audit,
      rules,
      inputs,
      rankings,
      createLogger('silent'),
    );
    warnings = new EarlyWarningsService(dataSource, access, audit);
    const [adminRow] = await dataSource.query<{ id: number }[]>(
      `SELECT id FROM users WHERE role = 'ADMIN' LIMIT 1`,
    );
    const [headRow] = await dataSource.query<{ id: number; branchId: number }[]>(
      `SELECT id, branch_id AS "branchId" FROM users WHERE role = 'BRANCH_HEAD' ORDER BY id LIMIT 1`,
    );
    admin = actor(adminRow.id, 'ADMIN', null);
    head = actor(headRow.id, 'BRANCH_HEAD', headRow.branchId);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

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

  it("reuses the month's figures, and counts a month loaded again (facts corrected)", async () => {
    await ranking.run(admin, '2026-11-15', 'test');
    const before = await computedAt('client_figures_as_of');
    const rerun = await ranking.run(admin, '2026-11-15', 'test');
    expect(await computedAt('client_figures_as_of')).toBe(before);
    const [last] = await dataSource.query<{ clientId: string }[]>(
      `SELECT client_id::text AS "clientId" FROM client_rankings
       WHERE run_id = $1 AND client_id IN (SELECT client_id FROM client_monthly_facts WHERE month = '2026-09-01')
       ORDER BY value_rank DESC LIMIT 1`,
      [rerun.id],
    );
    // The bank corrects a fee booked in September: the month is loaded again.
    const correct = async (fee: string) => {
      await dataSource.query(
        `UPDATE client_monthly_facts SET fee_income = fee_income + $2::numeric
         WHERE client_id = $1 AND month = '2026-09-01'`,
        [last.clientId, fee],
      );
      await dataSource.query(
        `UPDATE fact_months SET loaded_at = clock_timestamp() WHERE month = '2026-09-01'`,
      );
    };
    await correct('50000000');
    try {
      const corrected = await ranking.run(admin, '2026-11-15', 'test');
      const [row] = await dataSource.query<{ valueRank: number; core: boolean }[]>(
        `SELECT value_rank AS "valueRank", core FROM client_rankings WHERE run_id = $1 AND client_id = $2`,
        [corrected.id, last.clientId],
      );
      expect(row).toEqual({ valueRank: 1, core: true });
      expect(await computedAt('client_figures_as_of')).not.toBe(before);
    } finally {
      await correct('-50000000');
    }
    const restored = await ranking.run(admin, '2026-11-15', 'test');
    expect(restored).toMatchObject({ coreCount: 1000, enteredCore: 1, leftCore: 1 });
  });

  it('reuses the product types until a product is opened, closed or moved, and not after a balance update', async () => {
    const gapsOf = async (runId: number, clientId: string) =>
      (
        await dataSource.query<{ gaps: number }[]>(
          `SELECT product_gaps AS gaps FROM client_rankings WHERE run_id = $1 AND client_id = $2`,
          [runId, clientId],
        )
      )[0].gaps;
    const [holder] = await dataSource.query<{ clientId: string; held: number }[]>(
      `SELECT client_id::text AS "clientId", count(DISTINCT product_type)::int AS held
       FROM client_products WHERE status = 'ACTIVE' GROUP BY client_id ORDER BY count(*) DESC, client_id LIMIT 1`,
    );
    const first = await ranking.run(admin, '2026-11-15', 'test');
    expect(await gapsOf(first.id, holder.clientId)).toBe(5 - holder.held);
    const built = await computedAt('client_product_types_as_of');
    await dataSource.query(
      `UPDATE client_products SET balance = balance + 1 WHERE client_id = $1`,
      [holder.clientId],
    );
    await ranking.run(admin, '2026-11-15', 'test');
    expect(await computedAt('client_product_types_as_of')).toBe(built);

    // The client closes every product: the next run counts the types again.
    const closed = await dataSource.query<{ id: string }[]>(
      `SELECT id::text FROM client_products WHERE client_id = $1 AND status = 'ACTIVE'`,
      [holder.clientId],
    );
    await dataSource.query(
      `UPDATE client_products SET status = 'CLOSED' WHERE id = ANY($1::bigint[])`,
      [closed.map((row) => row.id)],
    );
    try {
      const after = await ranking.run(admin, '2026-11-15', 'test');
      expect(await gapsOf(after.id, holder.clientId)).toBe(5);
      expect(await computedAt('client_product_types_as_of')).not.toBe(built);
    } finally {
      await dataSource.query(
        `UPDATE client_products SET status = 'ACTIVE' WHERE id = ANY($1::bigint[])`,
        [closed.map((row) => row.id)],
      );
      await dataSource.query(
        `UPDATE client_products SET balance = balance - 1 WHERE client_id = $1`,
        [holder.clientId],
      );
    }
    const restored = await ranking.run(admin, '2026-11-15', 'test');
    expect(await gapsOf(restored.id, holder.clientId)).toBe(5 - holder.held);
  });

  it('prepares a month loaded again ahead of the next run, and waits its turn while the inputs are held', async () => {
    await ranking.run(admin, '2026-11-15', 'test');
    expect(await inputs.prepareAhead()).toBe('CURRENT');
    // The bank loads its latest month of facts again.
    await dataSource.query(
      `UPDATE fact_months SET loaded_at = clock_timestamp() WHERE month = (SELECT max(month) FROM fact_months)`,
    );
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT pg_advisory_xact_lock($1)', [INPUTS_LOCK]);
    expect(await inputs.prepareAhead()).toBe('BUSY');
    await holder.rollbackTransaction();
    await holder.release();

    const before = await computedAt('client_figures_as_of');
    expect(await inputs.prepareAhead()).toBe('PREPARED');
    const prepared = await computedAt('client_figures_as_of');
    expect(prepared).not.toBe(before);
    // The run finds the month prepared and does not sum the facts again.
    await ranking.run(admin, '2026-11-15', 'test');
    expect(await computedAt('client_figures_as_of')).toBe(prepared);
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
    const pareto = await rankings.pareto(head, null);
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

    const all = await rankings.pareto(admin, null);
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
      expect((await rankings.pareto(head, null)).bank).toEqual(all.bank);
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

  it('refuses the roles and scopes that may not rank or read rankings', async () => {
    const rm = actor(999, 'RM', head.branchId, 1);
    const hr = actor(998, 'HR', null);
    await expect(ranking.run(rm, null, 'test')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(ranking.run(hr, null, 'test')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rankings.pareto(rm, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rankings.runs(hr, 10, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      rankings.coreSetChanges(head, {
        runId: null,
        branchId: head.branchId! + 1,
        change: 'LEFT',
        first: 10,
        after: null,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(ranking.run(admin, '2099-01-01', 'test')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'effectiveOn', rule: 'DATE_IN_FUTURE' },
    });
    await expect(ranking.run(admin, '2020-01-01', 'test')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(ranking.run(admin, '2025-02-30', 'test')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'effectiveOn', rule: 'DATE_FORMAT' },
    });
    // Facts cover it, but the current core set is as of 2026-11-15: no run dated before it.
    await expect(ranking.run(admin, '2026-11-01', 'test')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: {
        field: 'effectiveOn',
        rule: 'DATE_BEFORE_CURRENT_RUN',
        params: { current: '2026-11-15' },
      },
      message: expect.stringContaining('2026-11-15'),
    });
  });

  it('runs one ranking at a time', async () => {
    await dataSource.query(
      `INSERT INTO ranking_runs (effective_on, status, settings) VALUES ('2026-11-01', 'RUNNING', '{}')`,
    );
    await expect(ranking.run(admin, null, 'test')).rejects.toMatchObject({
      code: 'CONFLICT',
      extensions: { rule: 'RUN_IN_PROGRESS' },
    });
    // A restart cannot finish it: it is marked failed, and ranking works again.
    await ranking.onApplicationBootstrap();
    await expect(ranking.run(admin, '2026-11-15', 'test')).resolves.toMatchObject({
      status: 'COMPLETED',
    });
  });

  it('records when a run finished, not when its work began', async () => {
    // Another session holds the product types for a second: the run waits for them mid-way.
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('LOCK TABLE client_product_types IN ACCESS EXCLUSIVE MODE');
    const running = ranking.run(admin, '2026-11-15', 'test');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await holder.commitTransaction();
    await holder.release();
    const run = await running;
    const [{ seconds }] = await dataSource.query<{ seconds: number }[]>(
      `SELECT extract(epoch FROM finished_at - started_at)::float8 AS seconds FROM ranking_runs WHERE id = $1`,
      [run.id],
    );
    expect(seconds).toBeGreaterThanOrEqual(0.9);
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
    await warnings.acknowledge(rm, first.id, 'test');
    await expect(warnings.acknowledge(rm, first.id, 'test')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const [{ id: foreign }] = await dataSource.query<{ id: string }[]>(
      `SELECT w.id::text FROM early_warnings w LEFT JOIN current_assignments b ON b.client_id = w.client_id
       WHERE b.manager_id IS DISTINCT FROM $1 LIMIT 1`,
      [managerId],
    );
    await expect(warnings.acknowledge(rm, foreign, 'test')).rejects.toMatchObject({
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
    await warnings.acknowledge(admin, newer.id, 'test');
    expect(await latest()).toEqual([[open.clientId, open.id]]);
    await warnings.acknowledge(admin, open.id, 'test');
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

async function loadFacts(dataSource: DataSource): Promise<Facts[]> {
  const clients = await dataSource.query<
    { id: string; branchId: number; openedOn: string; productsHeld: number }[]
  >(
    `SELECT c.id::text, c.branch_id AS "branchId", c.opened_on AS "openedOn",
            (SELECT count(DISTINCT product_type)::int FROM client_products p WHERE p.client_id = c.id AND p.status = 'ACTIVE') AS "productsHeld"
     FROM clients c ORDER BY c.id`,
  );
  const facts = await dataSource.query<
    {
      clientId: string;
      month: string;
      contribution: string;
      aum: string;
      transactions: number;
      lastActivity: string | null;
    }[]
  >(
    `SELECT client_id::text AS "clientId", month, (net_interest_contribution + fee_income)::text AS contribution,
            (avg_deposit_balance + avg_wealth_balance)::text AS aum, transaction_count AS transactions, last_activity_on AS "lastActivity"
     FROM client_monthly_facts`,
  );
  const byClient = new Map(
    clients.map((client) => [client.id, { ...client, months: [] as Facts['months'] }]),
  );
  for (const fact of facts)
    byClient.get(fact.clientId)!.months.push({
      month: fact.month,
      contribution: Number(fact.contribution),
      contributionText: fact.contribution,
      aumText: fact.aum,
      transactions: fact.transactions,
      lastActivity: fact.lastActivity,
    });
  return [...byClient.values()];
}
