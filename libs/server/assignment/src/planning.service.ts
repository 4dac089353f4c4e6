import {
  planAssignments,
  type Actor,
  type AssignmentPlanResult,
  type AssignmentSettings,
} from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import type { PoolClient } from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { PlanTriggerValue } from './assignment.types';
import { AssignmentSettingsService } from './assignment-settings.service';
import { EligibilityService } from './eligibility.service';
import { readPlanInput, type PlanInput } from './plan-input';
import { requireCompletedRun } from './plan-scope';
import { copyPlanItems, insertPlanManagers, storedStatistics } from './plan-writer';

interface NewPlan {
  id: number;
  runId: number;
  branchId: number | null;
  /** The settings the plan is made with (also kept on the plan row). */
  settings: AssignmentSettings;
}

/**
 * Makes assignment plans (docs/domain.md rule 3): reads the latest ranking run's core clients
 * and the RMs who may serve them, asks the solver (libs/domain) for keep / assign / move /
 * release items, and stores them for the branch head to preview. A bank-wide plan is a
 * job of some seconds, so the plan row is committed first and its progress is updated
 * outside the main transaction, where a poller can see it.
 */
@Injectable()
export class PlanningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly settings: AssignmentSettingsService,
    private readonly eligibility: EligibilityService,
  ) {}

  /** planAssignment: a branch head plans their own branch, admin any branch or the bank (null). */
  async plan(actor: Actor, branchId: number | null, requestId: string): Promise<number> {
    await this.access.requireBranchAccess(actor, 'assignment.manage', branchId);
    return this.planFor(actor, branchId, PlanTriggerValue.MANUAL, requestId);
  }

  /**
   * Plans without the role check: also used when an RM's posting changes (HR's action),
   * so the branch head finds their re-planned books on the board.
   */
  async planFor(
    actor: Actor,
    branchId: number | null,
    trigger: PlanTriggerValue,
    requestId: string,
  ): Promise<number> {
    const plan = await this.createPlanRow(actor, branchId, trigger);
    try {
      const input = await this.readInput(plan);
      await this.progress(plan.id, 30);
      const started = performance.now();
      const result = planAssignments({
        clients: input.clients,
        managers: input.managers,
        settings: plan.settings,
      });
      const solverMs = Math.round(performance.now() - started);
      await this.progress(plan.id, 60);
      await this.store(actor, plan, input, result, solverMs, requestId);
      return plan.id;
    } catch (error) {
      await this.dataSource.query(
        `UPDATE assignment_plans SET status = 'FAILED', error = $2 WHERE id = $1`,
        [plan.id, error instanceof Error ? error.message : String(error)],
      );
      throw error;
    }
  }

  /** Committed at once, so the board shows the plan (and its progress) while it is made. */
  private async createPlanRow(
    actor: Actor,
    branchId: number | null,
    trigger: PlanTriggerValue,
  ): Promise<NewPlan> {
    const runId = await requireCompletedRun(this.dataSource.manager);
    const { settings } = await this.settings.current();
    const [row] = await this.dataSource.query<{ id: number }[]>(
      `INSERT INTO assignment_plans (branch_id, ranking_run_id, status, trigger, settings, created_by)
       VALUES ($1, $2, 'PLANNING', $3, $4, $5) RETURNING id`,
      [branchId, runId, trigger, JSON.stringify(settings), actor.userId],
    );
    return { id: row.id, runId, branchId, settings };
  }

  /** One consistent snapshot: the branch versions recorded match the books read. */
  private async readInput(plan: NewPlan): Promise<PlanInput> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      const input = await readPlanInput(
        runner.manager,
        plan.runId,
        plan.branchId === null ? null : [plan.branchId],
        plan.settings,
        this.eligibility,
      );
      await runner.commitTransaction();
      return input;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async store(
    actor: Actor,
    plan: NewPlan,
    input: PlanInput,
    result: AssignmentPlanResult,
    solverMs: number,
    requestId: string,
  ): Promise<void> {
    await this.inTransaction(async (runner, client) => {
      await copyPlanItems(client, plan.id, result.items, input.tiers);
      await this.progress(plan.id, 90);
      await insertPlanManagers(runner.manager, plan.id, result, input);
      await runner.manager.query(
        `UPDATE assignment_plans SET status = 'READY', progress = 100, statistics = $2, branch_versions = $3
         WHERE id = $1`,
        [
          plan.id,
          JSON.stringify(storedStatistics(result, input, solverMs)),
          JSON.stringify(input.branchVersions),
        ],
      );
      await this.supersedeOverlapping(runner.manager, plan);
      const { clients, keeps, assigns, moves, releases, unplaced, balanceMoves } =
        result.statistics;
      await this.audit.record(
        {
          actor,
          operation: 'planAssignment',
          entityType: 'AssignmentPlan',
          entityId: plan.id,
          after: {
            branchId: plan.branchId,
            rankingRunId: plan.runId,
            counts: { clients, keeps, assigns, moves, releases, unplaced, balanceMoves },
            solverMs,
          },
          requestId,
        },
        runner.manager,
      );
    });
  }

  /** A newer plan replaces earlier READY plans that cover any of the same branches. */
  private async supersedeOverlapping(manager: EntityManager, plan: NewPlan): Promise<void> {
    await manager.query(
      `UPDATE assignment_plans SET status = 'SUPERSEDED'
       WHERE status = 'READY' AND id < $1 AND ($2::int IS NULL OR branch_id IS NULL OR branch_id = $2)`,
      [plan.id, plan.branchId],
    );
  }

  /** Progress is written on its own connection: committed at once, seen by pollers. */
  private async progress(planId: number, percent: number): Promise<void> {
    await this.dataSource.query('UPDATE assignment_plans SET progress = $2 WHERE id = $1', [
      planId,
      percent,
    ]);
  }

  /** A transaction with the raw pg client as well, for COPY. */
  private async inTransaction(
    work: (runner: QueryRunner, client: PoolClient) => Promise<void>,
  ): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      await runner.startTransaction();
      await work(runner, client);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}
