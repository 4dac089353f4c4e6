import type { Actor, AssignmentSettings } from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { conflict, notFound } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, type EntityManager } from 'typeorm';
import { AssignmentSettingsService } from './assignment-settings.service';
import { EligibilityService, type ManagerPosting } from './eligibility.service';
import { requirePlanScope } from './plan-scope';

interface LockedPlan {
  id: number;
  branchId: number | null;
  status: string;
  rankingRunId: number;
  branchVersions: Record<string, number>;
  settings: AssignmentSettings;
}

const STALE = 'The books changed since this plan was made; plan again';

/**
 * Applying and discarding plans. Apply commits every item in one transaction with a few
 * set-based statements (a bank-wide plan has some 400,000 items): close the old
 * assignments, open the new ones, point clients.manager_id at the new RM, and bump the
 * branches' assignment_version so older plans of those branches become stale.
 */
@Injectable()
export class ApplyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly settings: AssignmentSettingsService,
    private readonly eligibility: EligibilityService,
  ) {}

  async apply(actor: Actor, planId: number, requestId: string): Promise<number> {
    this.access.requirePermission(actor, 'assignment.manage');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockReadyPlan(manager, actor, planId);
      const branchIds = Object.keys(plan.branchVersions).map(Number);
      await this.requireUnchangedBooks(manager, plan, branchIds);
      const params = [plan.id, actor.userId];
      await manager.query(
        `UPDATE client_assignments a
         SET ended_at = now(), ended_by = $2, end_reason = i.reason, end_plan_id = $1
         FROM assignment_plan_items i
         WHERE i.plan_id = $1 AND i.action IN ('MOVE', 'RELEASE', 'UNPLACED')
           AND i.from_manager_id IS NOT NULL
           AND a.client_id = i.client_id AND a.ended_at IS NULL`,
        params,
      );
      await manager.query(
        `INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, started_by, start_reason, plan_id)
         SELECT i.client_id, i.to_manager_id, i.branch_id, now(), $2, i.reason, $1
         FROM assignment_plan_items i
         WHERE i.plan_id = $1 AND i.action IN ('ASSIGN', 'MOVE')`,
        params,
      );
      // RELEASE and UNPLACED leave the client in the branch pool (NULL).
      await manager.query(
        `UPDATE clients c SET manager_id = i.to_manager_id
         FROM assignment_plan_items i
         WHERE i.plan_id = $1 AND i.action <> 'KEEP' AND c.id = i.client_id
           AND c.manager_id IS DISTINCT FROM i.to_manager_id`,
        [plan.id],
      );
      await manager.query(
        `UPDATE branches SET assignment_version = assignment_version + 1 WHERE id = ANY($1::int[])`,
        [branchIds],
      );
      await manager.query(
        `UPDATE assignment_plans SET status = 'APPLIED', decided_by = $2, decided_at = now() WHERE id = $1`,
        params,
      );
      await this.audit.record(
        {
          actor,
          operation: 'applyAssignmentPlan',
          entityType: 'AssignmentPlan',
          entityId: plan.id,
          before: { status: 'READY' },
          after: {
            status: 'APPLIED',
            branchId: plan.branchId,
            counts: await counts(manager, plan.id),
          },
          requestId,
        },
        manager,
      );
      return plan.id;
    });
  }

  async discard(actor: Actor, planId: number, requestId: string): Promise<number> {
    this.access.requirePermission(actor, 'assignment.manage');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockReadyPlan(manager, actor, planId);
      await manager.query(
        `UPDATE assignment_plans SET status = 'DISCARDED', decided_by = $2, decided_at = now() WHERE id = $1`,
        [plan.id, actor.userId],
      );
      await this.audit.record(
        {
          actor,
          operation: 'discardAssignmentPlan',
          entityType: 'AssignmentPlan',
          entityId: plan.id,
          before: { status: 'READY' },
          after: { status: 'DISCARDED', branchId: plan.branchId },
          requestId,
        },
        manager,
      );
      return plan.id;
    });
  }

  /** The plan row, locked: two heads applying at once queue here, the second gets CONFLICT. */
  private async lockReadyPlan(
    manager: EntityManager,
    actor: Actor,
    planId: number,
  ): Promise<LockedPlan> {
    const [plan] = await manager.query<LockedPlan[]>(
      `SELECT id, branch_id AS "branchId", status, ranking_run_id AS "rankingRunId",
              branch_versions AS "branchVersions", settings
       FROM assignment_plans WHERE id = $1 FOR UPDATE`,
      [planId],
    );
    if (!plan) throw notFound('AssignmentPlan', planId);
    requirePlanScope(actor, plan.branchId);
    if (plan.status !== 'READY')
      throw conflict(
        `This plan is ${plan.status.toLowerCase()}; only a ready plan can be decided`,
        {
          status: plan.status,
        },
      );
    return plan;
  }

  /**
   * Refuses a stale plan: a branch's books changed (assignment_version), a planned RM's
   * posting changed (version), clients were re-ranked, the assignment settings changed, or
   * an RM the plan gives core clients to is no longer eligible (e.g. training records
   * voided). The branch rows stay locked to the end, so no reassignment slips in between
   * the check and the writes.
   */
  private async requireUnchangedBooks(
    manager: EntityManager,
    plan: LockedPlan,
    branchIds: readonly number[],
  ): Promise<void> {
    const branches = await manager.query<{ id: number; version: number }[]>(
      `SELECT id, assignment_version AS version FROM branches WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`,
      [branchIds],
    );
    if (branches.some((branch) => plan.branchVersions[String(branch.id)] !== branch.version))
      throw conflict(STALE, { reason: 'BRANCH_CHANGED' });
    const managers = await manager.query<{ changed: boolean }[]>(
      `SELECT m.version <> pm.manager_version AS changed
       FROM assignment_plan_managers pm JOIN relationship_managers m ON m.id = pm.manager_id
       WHERE pm.plan_id = $1 FOR SHARE OF m`,
      [plan.id],
    );
    if (managers.some((row) => row.changed)) throw conflict(STALE, { reason: 'RM_CHANGED' });
    const [rerun] = await manager.query<{ id: number }[]>(
      `SELECT id FROM ranking_runs WHERE status = 'COMPLETED' AND id > $1 LIMIT 1`,
      [plan.rankingRunId],
    );
    if (rerun) throw conflict(STALE, { reason: 'RE_RANKED' });
    const { settings } = await this.settings.current(manager);
    if (!isDeepStrictEqual(settings, plan.settings))
      throw conflict(STALE, { reason: 'SETTINGS_CHANGED' });
    // The RMs the plan gives core clients to (kept, assigned or moved).
    const planned = await manager.query<ManagerPosting[]>(
      `SELECT m.id, m.status FROM relationship_managers m
       WHERE m.id IN (SELECT DISTINCT to_manager_id FROM assignment_plan_items WHERE plan_id = $1)`,
      [plan.id],
    );
    const reasons = await this.eligibility.reasons(planned, settings);
    const ineligible = planned.filter((posting) => reasons.get(posting.id) !== null);
    if (ineligible.length > 0)
      throw conflict(STALE, {
        reason: 'RM_INELIGIBLE',
        managerIds: ineligible.map((posting) => posting.id),
      });
  }
}

async function counts(manager: EntityManager, planId: number): Promise<Record<string, number>> {
  const rows = await manager.query<{ action: string; count: number }[]>(
    `SELECT action, count(*)::int AS count FROM assignment_plan_items WHERE plan_id = $1 GROUP BY action`,
    [planId],
  );
  return Object.fromEntries(rows.map((row) => [row.action, row.count]));
}
