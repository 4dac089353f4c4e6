import { cycleSettingsInForce, refreshCycles } from '@corebook/server/contact-cycles';
import {
  cumulativeShares,
  fromFen,
  isIsoDate,
  toFen,
  type Actor,
  type RankingSettings,
  type ValueTier,
  VALUE_TIERS,
} from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { LOGGER, badInput, bankToday, conflict } from '@corebook/server/common';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { INPUTS_LOCK, RankingInputsService, useRankingMemory } from './ranking-inputs.service';
import { latestCompletedRun } from '@corebook/server/ranking-reader';
import { RankingSettingsService } from './ranking-settings.service';
import {
  BANK_SLICES,
  BRANCH_SLICES,
  CORE_CHANGE_COUNTS_SQL,
  EARLY_WARNINGS_SQL,
  partitionOf,
  rankClientsSql,
  type BranchRun,
  type RankingSlice,
} from './ranking.sql';
import type { RankingRunType, TierCount } from './ranking.types';
import { KEPT_RUNS, RankingsService } from './rankings.service';

/**
 * A ranking run (docs/domain.md rules 1, 4, 5): ranks every client by value in SQL
 * (ranking.sql.ts), stores each client's segment, the Pareto summaries, core-set changes and
 * early warnings. One run at a time; its progress is visible while it runs.
 */
@Injectable()
export class RankingRunService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly rankingSettings: RankingSettingsService,
    private readonly inputs: RankingInputsService,
    private readonly rankings: RankingsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** A run still RUNNING at start-up was cut off by a stop: it can never finish. */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.query(
      `UPDATE ranking_runs SET status = 'FAILED', error = 'Interrupted by a restart', finished_at = now()
       WHERE status = 'RUNNING'`,
    );
  }

  /**
   * Rank every client as of `effectiveOn` (default today) with the current settings, or, where
   * the settings rank each branch on its own, only `branchId`'s clients (a branch head's run).
   */
  async run(
    actor: Actor | null,
    effectiveOn: string | null,
    requestId: string | null,
    branchId: number | null = null,
  ): Promise<RankingRunType> {
    if (actor)
      await this.access.requireBranchAccess(
        actor,
        branchId === null ? 'ranking.run' : 'ranking.runBranch',
        branchId,
      );
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
    const lastFactMonth = await this.inputs.lastFactMonthBefore(effective);
    if (!lastFactMonth)
      throw badInput(
        'effectiveOn',
        `No client facts are loaded for the months before ${effective}`,
        { rule: 'NO_FACTS_BEFORE', params: { date: effective } },
      );
    const { settings } = await this.rankingSettings.current();
    const previousRunId = await latestCompletedRun(this.dataSource.manager);
    const branchRun =
      branchId === null ? null : await this.branchRunOf(branchId, settings, previousRunId);
    const runId = await this.startRun(
      actor,
      effective,
      lastFactMonth,
      settings,
      previousRunId,
      branchId,
    );
    try {
      await this.dataSource.transaction(async (manager) => {
        await useRankingMemory(manager);
        // Waits for a preparation under way (prepareAhead), then finds the month prepared.
        await manager.query(`SELECT pg_advisory_xact_lock($1)`, [INPUTS_LOCK]);
        if (!(await this.inputs.figuresAreCurrent(manager, lastFactMonth))) {
          await this.progress(runId, 10, 'Summing 12 months of facts');
          await this.inputs.rebuildFigures(manager, lastFactMonth);
        }
        if (!(await this.inputs.productTypesAreCurrent(manager)))
          await this.inputs.rebuildProductTypes(manager);
        await this.progress(runId, 40, 'Ranking clients');
        const statements = rankClientsSql(settings, runId, branchRun);
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
        await this.progress(runId, 95, 'Contact cycles');
        // Clients whose tier or core standing changed get their next due date now.
        const cycles = await cycleSettingsInForce(manager);
        await refreshCycles(manager, { kind: 'run', runId }, runId, cycles.settings);
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
              branchId,
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
    return this.rankings.requireRun(actor, runId);
  }

  private async startRun(
    actor: Actor | null,
    effectiveOn: string,
    lastFactMonth: string,
    settings: RankingSettings,
    previousRunId: number | null,
    branchId: number | null,
  ): Promise<number> {
    try {
      const [{ id }] = await this.dataSource.query<{ id: number }[]>(
        `INSERT INTO ranking_runs (effective_on, last_fact_month, status, progress, step, settings, started_by, previous_run_id, branch_id)
         VALUES ($1, $2, 'RUNNING', 5, 'Ranking clients', $3, $4, $5, $6) RETURNING id`,
        [
          effectiveOn,
          lastFactMonth,
          JSON.stringify(settings),
          actor?.userId ?? null,
          previousRunId,
          branchId,
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
   * A branch may be ranked on its own only where the rules rank each branch on its own, and
   * only over a run that did too: the first run, and the first after the scope changed, rank
   * the whole bank.
   */
  private async branchRunOf(
    branchId: number,
    settings: RankingSettings,
    previousRunId: number | null,
  ): Promise<BranchRun> {
    if (settings.scope !== 'BRANCH')
      throw badInput(
        'branchId',
        'The rules rank the whole bank together: only a bank-wide run can re-rank it',
        { rule: 'SCOPE_IS_BANK' },
      );
    const [previous] = previousRunId
      ? await this.dataSource.query<{ scope: string }[]>(
          `SELECT settings->>'scope' AS scope FROM ranking_runs WHERE id = $1`,
          [previousRunId],
        )
      : [];
    if (previousRunId === null || previous?.scope !== 'BRANCH')
      throw badInput(
        'branchId',
        'The current ranking did not rank each branch on its own: rank the whole bank first',
        { rule: 'NEEDS_BANK_RUN' },
      );
    return { branchId, previousRunId };
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
}
