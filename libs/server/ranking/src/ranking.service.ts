import {
  clientScopeFor,
  cumulativeShares,
  fromFen,
  isIsoDate,
  rankingSettingsProblem,
  toFen,
  type Actor,
  type RankingSettings,
  type ValueTier,
  VALUE_TIERS,
} from '@corebook/domain';
import {
  AuditService,
  SettingsStore,
  type SettingsArea,
  type Versioned,
} from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import {
  LOGGER,
  badInput,
  bankToday,
  conflict,
  decodeCursor,
  notFound,
  pageOf,
} from '@corebook/server/common';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import {
  BANK_SLICES,
  BRANCH_SLICES,
  CORE_CHANGE_COUNTS_SQL,
  EARLY_WARNINGS_SQL,
  FACTS_LOADED_SQL,
  FIGURES_NEXT,
  FIGURES_SQL,
  partitionOf,
  PRODUCT_TYPES_NEXT,
  PRODUCT_TYPES_SQL,
  rankClientsSql,
  type RankingSlice,
} from './ranking.sql';
import type {
  BranchPareto,
  ClientRankingType,
  CoreChange,
  CoreSetChange,
  ParetoCurve,
  ParetoType,
  RankingFiguresScope,
  RankingRunType,
  TierCount,
} from './ranking.types';

export const RANKING_SETTINGS: SettingsArea<RankingSettings> = {
  key: 'ranking',
  label: 'ranking settings',
  operation: 'updateRankingSettings',
  problem: rankingSettingsProblem,
};

const RUN_COLUMNS = `
  r.id, r.effective_on AS "effectiveOn", r.last_fact_month AS "lastFactMonth", r.status, r.progress, r.step,
  r.started_at AS "startedAt", r.finished_at AS "finishedAt", u.display_name AS "startedByName", r.error,
  r.previous_run_id AS "previousRunId", r.client_count AS "clientCount", r.core_count AS "coreCount",
  r.total_value::text AS "totalValue", r.core_value::text AS "coreValue", r.entered_core AS "enteredCore",
  r.left_core AS "leftCore", r.early_warnings AS "earlyWarnings", r.tier_counts AS "tierCounts", r.settings`;

interface RunRow extends Omit<RankingRunType, 'settings' | 'coreValueShare' | 'figuresScope'> {
  settings: RankingSettings;
}

const RANKING_COLUMNS = `
  cr.run_id AS "runId", r.effective_on AS "effectiveOn", cr.client_id::text AS "clientId", cr.value::text AS value,
  cr.contribution_12m::text AS "contribution12m", cr.aum::text AS aum, cr.value_rank AS "valueRank",
  cr.scope_size AS "scopeSize", cr.core, cr.tier,
  json_build_object('recency', cr.recency_score, 'frequency', cr.frequency_score, 'monetary', cr.monetary_score) AS rfm,
  cr.growth_percent::float8 AS "growthPercent", cr.product_gaps AS "productGaps",
  cr.lifecycle_stage AS "lifecycleStage", cr.matrix_cell AS "matrixCell"`;

/**
 * The advisory lock a run and prepareAhead hold while they read or rebuild the month's
 * figures and the product types (both are replaced whole, under the same table names).
 */
export const INPUTS_LOCK = 7_300_001;

/**
 * Ranking sorts and sums the whole bank: keep the sorts and the per-client sums (about 1 GB
 * at 2 M clients, hashed across the parallel workers) in memory, for this transaction.
 */
async function useRankingMemory(manager: EntityManager): Promise<void> {
  await manager.query(`SET LOCAL work_mem = '256MB'`);
  await manager.query(`SET LOCAL hash_mem_multiplier = 8`);
}

/** Completed runs whose client rows are kept (see dropOldRuns). */
export const KEPT_RUNS = 24;

const share = (part: bigint, whole: bigint) =>
  whole === 0n ? 0 : Number((part * 1_000_000n) / whole) / 1_000_000;

/**
 * Ranking runs (docs/domain.md rules 1, 4, 5): ranks every client by value in SQL, stores each
 * client's segment, the Pareto summaries, core-set changes and early warnings, and
 * answers the reads over them. Only one run at a time; progress is visible while it runs.
 */
@Injectable()
export class RankingService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly settingsStore: SettingsStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** A run still RUNNING at start-up was cut off by a stop: it can never finish. */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.query(
      `UPDATE ranking_runs SET status = 'FAILED', error = 'Interrupted by a restart', finished_at = now()
       WHERE status = 'RUNNING'`,
    );
  }

  settings(manager?: EntityManager): Promise<Versioned<RankingSettings>> {
    return this.settingsStore.read(RANKING_SETTINGS, manager);
  }

  /** `bankFiguresForBranchHeads` left out keeps its current value. */
  async updateSettings(
    actor: Actor,
    next: Omit<RankingSettings, 'bankFiguresForBranchHeads'> & {
      bankFiguresForBranchHeads?: boolean | null;
    },
    version: number,
    requestId: string,
  ): Promise<Versioned<RankingSettings>> {
    this.access.requirePermission(actor, 'settings.manage');
    const { settings: current } = await this.settings();
    const bankFiguresForBranchHeads =
      next.bankFiguresForBranchHeads ?? current.bankFiguresForBranchHeads;
    return this.settingsStore.update(
      actor,
      RANKING_SETTINGS,
      { ...next, bankFiguresForBranchHeads },
      version,
      requestId,
    );
  }

  /** Rank every client as of `effectiveOn` (default today) with the current settings. */
  async run(
    actor: Actor | null,
    effectiveOn: string | null,
    requestId: string | null,
  ): Promise<RankingRunType> {
    if (actor) this.access.requirePermission(actor, 'ranking.run');
    const effective = effectiveOn ?? bankToday();
    if (!isIsoDate(effective))
      throw badInput('effectiveOn', 'effectiveOn must be a date like 2026-10-31', {
        rule: 'DATE_FORMAT',
      });
    if (effective > bankToday())
      throw badInput('effectiveOn', 'effectiveOn cannot be in the future', {
        rule: 'DATE_IN_FUTURE',
      });
    // Runs move forward in time: the latest run is the current core set that plans and
    // every page read, so a back-dated run would silently replace it.
    const [current] = await this.dataSource.query<{ effectiveOn: string }[]>(
      `SELECT effective_on::text AS "effectiveOn" FROM ranking_runs WHERE status = 'COMPLETED' ORDER BY id DESC LIMIT 1`,
    );
    if (current && effective < current.effectiveOn)
      throw badInput(
        'effectiveOn',
        `The current ranking is as of ${current.effectiveOn}; a new run cannot be dated earlier`,
        { rule: 'DATE_BEFORE_CURRENT_RUN', params: { current: current.effectiveOn } },
      );
    const lastFactMonth = await this.lastFactMonthBefore(effective);
    if (!lastFactMonth)
      throw badInput(
        'effectiveOn',
        `No client facts are loaded for the months before ${effective}`,
        { rule: 'NO_FACTS_BEFORE', params: { date: effective } },
      );
    const { settings } = await this.settings();
    const previousRunId = await this.latestCompletedRunId();
    const runId = await this.startRun(actor, effective, lastFactMonth, settings, previousRunId);
    try {
      await this.dataSource.transaction(async (manager) => {
        await useRankingMemory(manager);
        // Waits for a preparation under way (prepareAhead), then finds the month prepared.
        await manager.query(`SELECT pg_advisory_xact_lock($1)`, [INPUTS_LOCK]);
        if (!(await this.figuresAreCurrent(manager, lastFactMonth))) {
          await this.progress(runId, 10, 'Summing 12 months of facts');
          await this.rebuildFigures(manager, lastFactMonth);
        }
        if (!(await this.productTypesAreCurrent(manager))) await this.rebuildProductTypes(manager);
        await this.progress(runId, 40, 'Ranking clients');
        const statements = rankClientsSql(settings, runId);
        await manager.query(statements.valuedSql, statements.valuedParams(effective));
        await manager.query(statements.analyzeSql);
        for (const statement of statements.scoresSql) await manager.query(statement);
        for (const statement of statements.ranksSql) await manager.query(statement);
        await manager.query(statements.createSql, statements.createParams);
        for (const statement of statements.dropSql) await manager.query(statement);
        await this.progress(runId, 70, 'Pareto curves');
        const slices = await manager.query<RankingSlice[]>(statements.slicesSql);
        await this.progress(runId, 75, 'Indexing the run');
        for (const statement of statements.attachSql) await manager.query(statement);
        await this.progress(runId, 85, 'Branch summaries');
        const summary = await this.summarise(manager, runId, previousRunId, slices);
        await this.progress(runId, 90, 'Early warnings');
        const warnings = await manager.query<unknown[]>(
          `WITH raised AS (${EARLY_WARNINGS_SQL} RETURNING 1) SELECT count(*)::int AS n FROM raised`,
          [runId, previousRunId],
        );
        const earlyWarnings = (warnings[0] as { n: number }).n;
        await manager.query(
          // clock_timestamp: now() would be when the run's transaction began.
          `UPDATE ranking_runs SET status = 'COMPLETED', progress = 100, step = NULL, finished_at = clock_timestamp(),
             client_count = $2, core_count = $3, total_value = $4, core_value = $5, entered_core = $6,
             left_core = $7, early_warnings = $8, tier_counts = $9, pareto_curve = $10
           WHERE id = $1`,
          [
            runId,
            summary.clientCount,
            summary.coreCount,
            summary.totalValue,
            summary.coreValue,
            summary.enteredCore,
            summary.leftCore,
            earlyWarnings,
            JSON.stringify(summary.tierCounts),
            JSON.stringify(summary.curve),
          ],
        );
        await this.dropOldRuns(manager);
        await this.audit.record(
          {
            actor,
            operation: 'runCoreRanking',
            entityType: 'RankingRun',
            entityId: runId,
            after: {
              effectiveOn: effective,
              lastFactMonth,
              clientCount: summary.clientCount,
              coreCount: summary.coreCount,
              enteredCore: summary.enteredCore,
              leftCore: summary.leftCore,
              earlyWarnings,
            },
            requestId,
          },
          manager,
        );
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, runId }, 'ranking run failed');
      await this.dataSource.query(
        `UPDATE ranking_runs SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`,
        [runId, message.slice(0, 500)],
      );
      throw error;
    }
    return this.requireRun(actor, runId);
  }

  /**
   * client_figures hold the figures of `lastFactMonth`, rebuilt since every month of its
   * window was last loaded (decision 25).
   */
  private async figuresAreCurrent(manager: EntityManager, lastFactMonth: string): Promise<boolean> {
    const [state] = await manager.query<{ current: boolean }[]>(
      `SELECT s.month = $1::date AND s.facts_loaded = ${FACTS_LOADED_SQL} AS current
       FROM client_figures_as_of s`,
      [lastFactMonth],
    );
    return state?.current ?? false;
  }

  /** Sum the 12 months of facts up to `lastFactMonth` into a fresh client_figures. */
  private async rebuildFigures(manager: EntityManager, lastFactMonth: string): Promise<void> {
    const [{ middle }] = await manager.query<{ middle: string }[]>(
      `SELECT coalesce((min(id) + max(id)) / 2, 0)::text AS middle FROM clients`,
    );
    await manager.query(FIGURES_SQL, [lastFactMonth, middle]);
    await manager.query(`DROP TABLE client_figures`);
    await manager.query(`ALTER TABLE ${FIGURES_NEXT} RENAME TO client_figures`);
    await manager.query(`ANALYZE client_figures`);
    await manager.query(
      `INSERT INTO client_figures_as_of (month, facts_loaded) VALUES ($1, ${FACTS_LOADED_SQL})
       ON CONFLICT (single) DO UPDATE SET month = excluded.month, facts_loaded = excluded.facts_loaded,
         computed_at = now()`,
      [lastFactMonth],
    );
  }

  /**
   * Prepares what a run of today would read, when a month of facts was loaded or products
   * changed since (decision 30): the month's figures and the product types, so the next run
   * does not wait for them. Skipped while a run or another preparation holds them.
   */
  async prepareAhead(): Promise<'PREPARED' | 'CURRENT' | 'BUSY' | 'NO_FACTS'> {
    const lastFactMonth = await this.lastFactMonthBefore(bankToday());
    if (!lastFactMonth) return 'NO_FACTS';
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock($1) AS locked`,
        [INPUTS_LOCK],
      );
      if (!locked) return 'BUSY';
      const figures = await this.figuresAreCurrent(manager, lastFactMonth);
      const productTypes = await this.productTypesAreCurrent(manager);
      if (figures && productTypes) return 'CURRENT';
      await useRankingMemory(manager);
      if (!figures) await this.rebuildFigures(manager, lastFactMonth);
      if (!productTypes) await this.rebuildProductTypes(manager);
      return 'PREPARED';
    });
  }

  /** The latest month of facts loaded before the month of `effectiveOn`. */
  private async lastFactMonthBefore(effectiveOn: string): Promise<string | null> {
    const [{ lastFactMonth }] = await this.dataSource.query<{ lastFactMonth: string | null }[]>(
      `SELECT max(month)::text AS "lastFactMonth" FROM fact_months WHERE month < date_trunc('month', $1::date)`,
      [effectiveOn],
    );
    return lastFactMonth;
  }

  /**
   * client_product_types were counted after the last statement that added, removed, closed
   * or moved a product (decision 28).
   */
  private async productTypesAreCurrent(manager: EntityManager): Promise<boolean> {
    const [state] = await manager.query<{ current: boolean }[]>(
      `SELECT s.changes = c.changes AS current
       FROM client_products_changes c JOIN client_product_types_as_of s ON true`,
    );
    return state?.current ?? false;
  }

  /**
   * Counts the product types again. The change count is read first: a writer committing
   * during the rebuild raises it again, so the next run rebuilds.
   */
  private async rebuildProductTypes(manager: EntityManager): Promise<void> {
    const [{ changes }] = await manager.query<{ changes: string }[]>(
      `SELECT changes::text AS changes FROM client_products_changes`,
    );
    await manager.query(PRODUCT_TYPES_SQL);
    await manager.query(`DROP TABLE client_product_types`);
    await manager.query(`ALTER TABLE ${PRODUCT_TYPES_NEXT} RENAME TO client_product_types`);
    await manager.query(`ANALYZE client_product_types`);
    await manager.query(
      `INSERT INTO client_product_types_as_of (changes) VALUES ($1)
       ON CONFLICT (single) DO UPDATE SET changes = excluded.changes, computed_at = now()`,
      [changes],
    );
  }

  private async startRun(
    actor: Actor | null,
    effectiveOn: string,
    lastFactMonth: string,
    settings: RankingSettings,
    previousRunId: number | null,
  ): Promise<number> {
    try {
      const [{ id }] = await this.dataSource.query<{ id: number }[]>(
        `INSERT INTO ranking_runs (effective_on, last_fact_month, status, progress, step, settings, started_by, previous_run_id)
         VALUES ($1, $2, 'RUNNING', 5, 'Ranking clients', $3, $4, $5) RETURNING id`,
        [
          effectiveOn,
          lastFactMonth,
          JSON.stringify(settings),
          actor?.userId ?? null,
          previousRunId,
        ],
      );
      return id;
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw conflict('A ranking run is already running; wait for it to finish', {
          rule: 'RUN_IN_PROGRESS',
        });
      throw error;
    }
  }

  /**
   * Client rows are kept for the latest KEPT_RUNS completed runs (two years of monthly runs);
   * older runs keep their summary, Pareto curves and the plans made from them.
   */
  private async dropOldRuns(manager: EntityManager): Promise<void> {
    const old = await manager.query<{ id: number }[]>(
      `SELECT id FROM ranking_runs WHERE status = 'COMPLETED' ORDER BY id DESC OFFSET $1`,
      [KEPT_RUNS],
    );
    for (const { id } of old) await manager.query(`DROP TABLE IF EXISTS ${partitionOf(id)}`);
  }

  /** Progress is written outside the run's transaction, so pollers see it. */
  private async progress(runId: number, progress: number, step: string): Promise<void> {
    await this.dataSource.query(`UPDATE ranking_runs SET progress = $2, step = $3 WHERE id = $1`, [
      runId,
      progress,
      step,
    ]);
  }

  /** Branch summaries and the bank curve from the run's slices (the ranking statement's answer). */
  private async summarise(
    manager: EntityManager,
    runId: number,
    previousRunId: number | null,
    allSlices: RankingSlice[],
  ) {
    const slices = allSlices.filter((slice) => slice.kind === 'BRANCH');
    const branches = new Map<number, typeof slices>();
    for (const slice of slices) {
      const list = branches.get(slice.branchId!) ?? [];
      list.push(slice);
      branches.set(slice.branchId!, list);
    }
    let totalFen = 0n;
    let coreFen = 0n;
    let clientCount = 0;
    let coreCount = 0;
    const rows: unknown[][] = [[], [], [], [], [], [], []];
    for (const [branchId, list] of branches) {
      const values = list.map((slice) => toFen(slice.value));
      const branchTotal = values.reduce((a, b) => a + b, 0n);
      const branchCore = list.reduce((sum, slice) => sum + toFen(slice.coreValue), 0n);
      const clients = list.reduce((sum, slice) => sum + slice.clients, 0);
      const core = list.reduce((sum, slice) => sum + slice.core, 0);
      totalFen += branchTotal;
      coreFen += branchCore;
      clientCount += clients;
      coreCount += core;
      const curve = this.curveOf(
        values,
        list.map((slice) => slice.slice!),
        BRANCH_SLICES,
      );
      [
        branchId,
        clients,
        core,
        fromFen(branchTotal),
        fromFen(branchCore),
        JSON.stringify(curve),
      ].forEach((value, k) => rows[k].push(value));
    }
    await manager.query(
      `INSERT INTO ranking_branch_summaries (run_id, branch_id, client_count, core_count, total_value, core_value, pareto_curve)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::numeric[], $6::numeric[], $7::jsonb[])`,
      [runId, ...rows.slice(0, 6)],
    );
    const bank = allSlices.filter((slice) => slice.kind === 'BANK');
    const curve = this.curveOf(
      bank.map((slice) => toFen(slice.value)),
      bank.map((slice) => slice.slice!),
      BANK_SLICES,
    );
    const tiers: TierCount[] = allSlices
      .filter((slice) => slice.kind === 'TIER')
      .map((slice) => ({ tier: slice.tier as ValueTier, clients: slice.clients }))
      .sort((a, b) => VALUE_TIERS.indexOf(a.tier) - VALUE_TIERS.indexOf(b.tier));
    const changes = previousRunId
      ? (
          await manager.query<{ entered: number; left: number }[]>(CORE_CHANGE_COUNTS_SQL, [
            runId,
            previousRunId,
          ])
        )[0]
      : { entered: coreCount, left: 0 };
    return {
      clientCount,
      coreCount,
      totalValue: fromFen(totalFen),
      coreValue: fromFen(coreFen),
      enteredCore: changes.entered,
      leftCore: changes.left,
      tierCounts: tiers,
      curve,
    };
  }

  /** Cumulative shares per slice; a small branch may leave slices empty (they repeat the last share). */
  private curveOf(values: bigint[], sliceNumbers: number[], slices: number): number[] {
    const bySlice = new Array<number>(slices).fill(0);
    // Shares only need float precision; sums above were exact.
    sliceNumbers.forEach((slice, k) => (bySlice[slice - 1] = Number(values[k])));
    return cumulativeShares(bySlice).map((value) => Math.round(value * 1_000_000) / 1_000_000);
  }

  async latestCompletedRunId(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number | null> {
    const [row] = await manager.query<{ id: number }[]>(
      `SELECT id FROM ranking_runs WHERE status = 'COMPLETED' ORDER BY id DESC LIMIT 1`,
    );
    return row?.id ?? null;
  }

  async runs(actor: Actor, first: number, after: string | null) {
    this.access.requirePermission(actor, 'ranking.read');
    const params: unknown[] = [first + 1];
    let condition = 'TRUE';
    if (after) {
      const [id] = decodeCursor(after, ['int']);
      params.push(id);
      condition = `r.id < $2`;
    }
    const rows = await this.dataSource.query<RunRow[]>(
      `SELECT ${RUN_COLUMNS} FROM ranking_runs r LEFT JOIN users u ON u.id = r.started_by
       WHERE ${condition} ORDER BY r.id DESC LIMIT $1`,
      params,
    );
    return pageOf(await this.forActor(actor, rows), first, (run) => [run.id]);
  }

  async runById(actor: Actor, id: number): Promise<RankingRunType> {
    this.access.requirePermission(actor, 'ranking.read');
    return this.requireRun(actor, id);
  }

  /**
   * The branch whose figures a branch head sees instead of the bank's; null when the caller
   * sees the bank's (admin, or the bankFiguresForBranchHeads setting).
   */
  private async figuresBranchOf(actor: Actor | null): Promise<number | null> {
    const scope = actor ? clientScopeFor(actor) : null;
    if (scope?.kind !== 'branch') return null;
    const { settings } = await this.settings();
    return settings.bankFiguresForBranchHeads ? null : scope.branchId;
  }

  /** Runs as the caller may see them: a branch head's counts and values are the branch's. */
  private async forActor(actor: Actor | null, rows: RunRow[]): Promise<RankingRunType[]> {
    const branchId = await this.figuresBranchOf(actor);
    if (branchId === null) return rows.map((row) => this.toRun(row, 'BANK'));
    const summaries = await this.dataSource.query<
      {
        runId: number;
        clientCount: number;
        coreCount: number;
        totalValue: string;
        coreValue: string;
      }[]
    >(
      `SELECT run_id AS "runId", client_count AS "clientCount", core_count AS "coreCount",
              total_value::text AS "totalValue", core_value::text AS "coreValue"
       FROM ranking_branch_summaries WHERE branch_id = $1 AND run_id = ANY($2::int[])`,
      [branchId, rows.map((row) => row.id)],
    );
    const byRun = new Map(summaries.map((summary) => [summary.runId, summary]));
    return rows.map((row) => {
      const branch = byRun.get(row.id);
      return this.toRun(
        {
          ...row,
          clientCount: branch?.clientCount ?? null,
          coreCount: branch?.coreCount ?? null,
          totalValue: branch?.totalValue ?? null,
          coreValue: branch?.coreValue ?? null,
          enteredCore: null,
          leftCore: null,
          earlyWarnings: null,
          tierCounts: null,
        },
        'BRANCH',
      );
    });
  }

  private async requireRun(actor: Actor | null, id: number): Promise<RankingRunType> {
    const [row] = await this.dataSource.query<RunRow[]>(
      `SELECT ${RUN_COLUMNS} FROM ranking_runs r LEFT JOIN users u ON u.id = r.started_by WHERE r.id = $1`,
      [id],
    );
    if (!row) throw notFound('RankingRun', id);
    const [run] = await this.forActor(actor, [row]);
    return run;
  }

  private toRun(row: RunRow, figuresScope: RankingFiguresScope): RankingRunType {
    const coreValueShare =
      row.totalValue === null || row.coreValue === null
        ? null
        : share(toFen(row.coreValue), toFen(row.totalValue));
    return { ...row, figuresScope, coreValueShare, settings: { ...row.settings, version: null } };
  }

  /** A completed run to read: the given one, or the latest. */
  private async completedRun(
    runId: number | null,
  ): Promise<{ id: number; effectiveOn: string; previousRunId: number | null }> {
    const [run] = await this.dataSource.query<
      { id: number; effectiveOn: string; previousRunId: number | null }[]
    >(
      `SELECT id, effective_on AS "effectiveOn", previous_run_id AS "previousRunId" FROM ranking_runs
       WHERE status = 'COMPLETED' AND ($1::int IS NULL OR id = $1) ORDER BY id DESC LIMIT 1`,
      [runId],
    );
    if (!run) throw notFound('RankingRun', runId ?? 'latest');
    return run;
  }

  async pareto(actor: Actor, runId: number | null): Promise<ParetoType> {
    const branchId = await this.access.branchFor(actor, 'ranking.read', null);
    const run = await this.completedRun(runId);
    const [bank] = await this.dataSource.query<
      { clients: number; totalValue: string; points: number[] }[]
    >(
      `SELECT client_count AS clients, total_value::text AS "totalValue", pareto_curve AS points FROM ranking_runs WHERE id = $1`,
      [run.id],
    );
    const branches = await this.dataSource.query<
      {
        branchId: number;
        clients: number;
        coreClients: number;
        totalValue: string;
        coreValue: string;
        points: number[];
      }[]
    >(
      `SELECT branch_id AS "branchId", client_count AS clients, core_count AS "coreClients",
              total_value::text AS "totalValue", core_value::text AS "coreValue", pareto_curve AS points
       FROM ranking_branch_summaries WHERE run_id = $1 AND ($2::int IS NULL OR branch_id = $2) ORDER BY branch_id`,
      [run.id, branchId],
    );
    const curve = (
      clients: number,
      totalValue: string,
      points: number[],
      top20Index: number,
    ): ParetoCurve => ({
      clients,
      totalValue,
      points,
      top20Share: points[top20Index] ?? 0,
    });
    const bankHidden = (await this.figuresBranchOf(actor)) !== null;
    return {
      runId: run.id,
      effectiveOn: run.effectiveOn,
      bank: bankHidden
        ? null
        : curve(bank.clients, bank.totalValue, bank.points, BANK_SLICES / 5 - 1),
      branches: branches.map((branch): BranchPareto => ({
        branchId: branch.branchId,
        coreClients: branch.coreClients,
        coreValue: branch.coreValue,
        coreValueShare: share(toFen(branch.coreValue), toFen(branch.totalValue)),
        curve: curve(branch.clients, branch.totalValue, branch.points, BRANCH_SLICES / 5 - 1),
      })),
    };
  }

  /** Clients of the scope that entered or left the core set in a run, by client id. */
  async coreSetChanges(
    actor: Actor,
    options: {
      runId: number | null;
      branchId: number | null;
      change: CoreChange;
      first: number;
      after: string | null;
    },
  ): Promise<{
    edges: { cursor: string; node: CoreSetChange }[];
    hasNextPage: boolean;
    totalCount: number;
    previousRunId: number | null;
  }> {
    const branchId = await this.access.branchFor(actor, 'ranking.read', options.branchId);
    const run = await this.completedRun(options.runId);
    const [now, before] =
      options.change === 'ENTERED' ? [run.id, run.previousRunId] : [run.previousRunId, run.id];
    if (now === null) return { edges: [], hasNextPage: false, totalCount: 0, previousRunId: null };
    for (const id of [now, before]) {
      if (id === null) continue;
      const [{ kept }] = await this.dataSource.query<{ kept: boolean }[]>(
        'SELECT to_regclass($1) IS NOT NULL AS kept',
        [partitionOf(id)],
      );
      if (!kept)
        throw badInput(
          'runId',
          `Client rows are kept for the latest ${KEPT_RUNS} runs and run ${id} has none left: its entered and left counts remain on the run`,
        );
    }
    const params: unknown[] = [now, before, branchId];
    const from = `
      FROM client_rankings n
      LEFT JOIN client_rankings p ON p.run_id = $2 AND p.client_id = n.client_id
      WHERE n.run_id = $1 AND n.core AND ($3::int IS NULL OR n.branch_id = $3) AND NOT coalesce(p.core, false)`;
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total ${from}`,
      params,
    );
    let page = '';
    if (options.after) {
      const [id] = decodeCursor(options.after, ['id']);
      params.push(id);
      page = `AND n.client_id > $${params.length}::bigint`;
    }
    params.push(options.first + 1);
    // For LEFT the roles swap: "n" is the previous run (core then), "p" this one.
    const [valueNow, valueBefore, tierNow, tierBefore] =
      options.change === 'ENTERED' ? ['n', 'p', 'n', 'p'] : ['p', 'n', 'p', 'n'];
    const rows = await this.dataSource.query<CoreSetChange[]>(
      `SELECT n.client_id::text AS "clientId", ${valueNow}.value::text AS "valueNow", ${valueBefore}.value::text AS "valueBefore",
              ${tierNow}.tier AS "tierNow", ${tierBefore}.tier AS "tierBefore"
       ${from} ${page} ORDER BY n.client_id LIMIT $${params.length}`,
      params,
    );
    const changes = rows.map((row) => ({ ...row, change: options.change }));
    return {
      ...pageOf(changes, options.first, (change) => [change.clientId]),
      totalCount: total,
      previousRunId: run.previousRunId,
    };
  }

  /** The latest completed run's rows for clients already in the caller's scope. */
  async currentRankingsOf(clientIds: readonly string[]): Promise<ClientRankingType[]> {
    return this.dataSource.query(
      `SELECT ${RANKING_COLUMNS}
       FROM ranking_runs r JOIN client_rankings cr ON cr.run_id = r.id
       WHERE r.id = (SELECT max(id) FROM ranking_runs WHERE status = 'COMPLETED') AND cr.client_id = ANY($1::bigint[])`,
      [clientIds],
    );
  }

  /** A client's place in each completed run, newest first (the client is in scope already). */
  async rankingHistoryOf(clientId: string, runs: number): Promise<ClientRankingType[]> {
    if (!Number.isInteger(runs) || runs < 1 || runs > 60)
      throw badInput('runs', 'runs must be between 1 and 60');
    return this.dataSource.query(
      `SELECT ${RANKING_COLUMNS}
       FROM (SELECT * FROM ranking_runs WHERE status = 'COMPLETED' ORDER BY id DESC LIMIT $2) r
       JOIN client_rankings cr ON cr.run_id = r.id AND cr.client_id = $1
       ORDER BY r.id DESC`,
      [clientId, runs],
    );
  }
}
