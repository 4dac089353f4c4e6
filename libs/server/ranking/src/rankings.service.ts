import { clientScopeFor, toFen, type Actor, type RankingSettings } from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import { badInput, decodeCursor, notFound, pageOf } from '@corebook/server/common';
import { latestCompletedRun } from '@corebook/server/ranking-reader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RankingSettingsService } from './ranking-settings.service';
import { BANK_SLICES, BRANCH_SLICES, partitionOf } from './ranking.sql';
import type {
  BranchPareto,
  ClientRankingType,
  CoreChange,
  CoreSetChange,
  ParetoCurve,
  ParetoType,
  RankingFiguresScope,
  RankingRunType,
} from './ranking.types';

const RUN_COLUMNS = `
  r.id, r.effective_on AS "effectiveOn", r.last_fact_month AS "lastFactMonth", r.status, r.progress, r.step,
  r.branch_id AS "rankedBranchId", (SELECT b.name FROM branches b WHERE b.id = r.branch_id) AS "rankedBranchName",
  r.started_at AS "startedAt", r.finished_at AS "finishedAt", u.display_name AS "startedByName", r.error,
  r.previous_run_id AS "previousRunId", r.client_count AS "clientCount", r.core_count AS "coreCount",
  r.total_value::text AS "totalValue", r.core_value::text AS "coreValue", r.entered_core AS "enteredCore",
  r.left_core AS "leftCore", r.early_warnings AS "earlyWarnings", r.tier_counts AS "tierCounts", r.settings`;

interface RunRow extends Omit<RankingRunType, 'settings' | 'coreValueShare' | 'figuresScope'> {
  settings: RankingSettings;
}

const RANKING_COLUMNS = `
  cr.run_id AS "runId", r.effective_on AS "effectiveOn", r.last_fact_month AS "lastFactMonth", cr.client_id::text AS "clientId", cr.value::text AS value,
  cr.contribution_12m::text AS "contribution12m", cr.aum::text AS aum, cr.value_rank AS "valueRank",
  cr.scope_size AS "scopeSize", cr.core, cr.tier,
  json_build_object('recency', cr.recency_score, 'frequency', cr.frequency_score, 'monetary', cr.monetary_score) AS rfm,
  cr.growth_percent::float8 AS "growthPercent", cr.product_gaps AS "productGaps",
  cr.lifecycle_stage AS "lifecycleStage", cr.matrix_cell AS "matrixCell"`;

/** Completed runs whose client rows are kept (see dropOldRuns). */
export const KEPT_RUNS = 24;

const share = (part: bigint, whole: bigint) =>
  whole === 0n ? 0 : Number((part * 1_000_000n) / whole) / 1_000_000;

/**
 * Reading the ranking runs (docs/domain.md rules 1, 4, 5): the runs with their figures (a
 * branch head's for their branch), the Pareto view, the core-set changes and each client's
 * rankings.
 */
@Injectable()
export class RankingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly rankingSettings: RankingSettingsService,
  ) {}

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
    const { settings } = await this.rankingSettings.current();
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

  async requireRun(actor: Actor | null, id: number): Promise<RankingRunType> {
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
  private async completedRun(runId: number | null): Promise<{
    id: number;
    effectiveOn: string;
    lastFactMonth: string | null;
    previousRunId: number | null;
  }> {
    const [run] = await this.dataSource.query<
      {
        id: number;
        effectiveOn: string;
        lastFactMonth: string | null;
        previousRunId: number | null;
      }[]
    >(
      `SELECT id, effective_on AS "effectiveOn", last_fact_month AS "lastFactMonth", previous_run_id AS "previousRunId" FROM ranking_runs
       WHERE status = 'COMPLETED' AND ($1::int IS NULL OR id = $1) ORDER BY id DESC LIMIT 1`,
      [runId],
    );
    if (!run) throw notFound('RankingRun', runId ?? 'latest');
    return run;
  }

  /** Null before the first completed run: no ranking yet is a state, not an error. */
  async pareto(actor: Actor, runId: number | null): Promise<ParetoType | null> {
    const branchId = await this.access.branchFor(actor, 'ranking.read', null);
    if (runId === null && (await latestCompletedRun(this.dataSource.manager)) === null) return null;
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
      lastFactMonth: run.lastFactMonth,
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
