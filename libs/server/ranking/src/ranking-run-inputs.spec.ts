import type { Actor } from '@corebook/domain';
import type { DataSource } from 'typeorm';
import { INPUTS_LOCK, type RankingInputsService } from './ranking-inputs.service';
import { actor, startRankingBench, type RankingBench } from './ranking-run.fixtures';
import type { RankingRunService } from './ranking-run.service';
import type { RankingsService } from './rankings.service';

jest.setTimeout(180_000);

// How a run gets its inputs (the month's figures, the product types): reused until the facts
// change, prepared ahead, waited for while another session holds them; and the runs refused
// (role, date, one run at a time). Each test needs no run but its own or an earlier one here,
// and puts back the facts it changes. The ranking results: ranking-run.service.spec.ts.
describe('a ranking run over the demo bank', () => {
  let bench: RankingBench;
  let dataSource: DataSource;
  let ranking: RankingRunService;
  let rankings: RankingsService;
  let inputs: RankingInputsService;
  let admin: Actor;
  let head: Actor;
  /** When the month's figures or the product types were last built. */
  const computedAt = async (table: 'client_figures_as_of' | 'client_product_types_as_of') =>
    (await dataSource.query<{ at: string }[]>(`SELECT computed_at::text AS at FROM ${table}`))[0]
      .at;

  beforeAll(async () => {
    bench = await startRankingBench();
    ({ dataSource, ranking, rankings, inputs, admin, head } = bench);
  });
  afterAll(() => bench?.close());

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
});
