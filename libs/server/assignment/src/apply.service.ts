import { cycleSettingsInForce, refreshCycles } from '@corebook/server/contact-cycles';
import type { Actor, AssignmentSettings } from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { conflict, notFound } from '@corebook/server/common';
import { completedRunAfter, latestCompletedRun } from '@corebook/server/ranking-reader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, type EntityManager } from 'typeorm';
import { AssignmentSettingsService } from './assignment-settings.service';
import type { StoredStatistics } from './assignment.types';
import { EligibilityService, type ManagerPosting } from './eligibility.service';

interface LockedPlan {
  id: number;
  branchId: number | null;
  status: string;
  rankingRunId: number;
  branchVersions: Record<string, number>;
  settings: AssignmentSettings;
  statistics: StoredStatistics;
}

const STALE = 'The books changed since this plan was made; plan again';

/**
 * Applying and discarding plans. Apply commits every item in one transaction (a bank-wide
 * plan has some 500,000 items): one row in the assignment log for each client whose RM
 * changes (decision 27), and the branches' assignment_version bumped so older plans of
 * those branches become stale.
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
      const settings = await this.requireUnchangedBooks(manager, plan, branchIds);
      const recipients = await manager.query<ManagerPosting[]>(
        `SELECT m.id, m.status FROM assignment_plan_managers pm JOIN relationship_managers m ON m.id = pm.manager_id
         WHERE pm.plan_id = $1 AND pm.clients_after > 0`,
        [plan.id],
      );
      const params = [plan.id, actor.userId];
      // The training files are read on other connections while the rows are written; an
      // ineligible RM then rolls the rows back.
      await Promise.all([
        this.requireEligible(recipients, settings),
        // One row per client whose RM changes; NULL (released, unplaced) is the branch pool.
        // One time for all, taken now that the branches are locked: a log's rows must not go
        // back in time, and the transaction may have begun before the last change committed.
        manager.query(
          `INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, started_by, start_reason, plan_id)
           SELECT i.client_id, i.to_manager_id, i.branch_id, (SELECT clock_timestamp()), $2, i.reason, $1
           FROM assignment_plan_items i
           WHERE i.plan_id = $1 AND i.to_manager_id IS DISTINCT FROM i.from_manager_id`,
          params,
        ),
      ]);
      await manager.query(
        `UPDATE branches SET assignment_version = assignment_version + 1 WHERE id = ANY($1::int[])`,
        [branchIds],
      );
      // The moved clients are due within the grace period of their new RM (or have no cycle).
      await refreshCycles(
        manager,
        { kind: 'plan', planId: plan.id },
        await latestCompletedRun(manager),
        (await cycleSettingsInForce(manager)).settings,
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
            counts: actionCounts(plan.statistics),
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
              branch_versions AS "branchVersions", settings, statistics
       FROM assignment_plans WHERE id = $1 FOR UPDATE`,
      [planId],
    );
    if (!plan) throw notFound('AssignmentPlan', planId);
    await this.access.requireBranchAccess(actor, 'assignment.manage', plan.branchId);
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
   * posting changed (version), clients were re-ranked, or the assignment settings changed.
   * The branch rows stay locked to the end, so no reassignment slips in between the check
   * and the writes. Returns the settings the plan was made with.
   */
  private async requireUnchangedBooks(
    manager: EntityManager,
    plan: LockedPlan,
    branchIds: readonly number[],
  ): Promise<AssignmentSettings> {
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
    if (await completedRunAfter(manager, plan.rankingRunId, branchIds))
      throw conflict(STALE, { reason: 'RE_RANKED' });
    const { settings } = await this.settings.current(manager);
    if (!isDeepStrictEqual(settings, plan.settings))
      throw conflict(STALE, { reason: 'SETTINGS_CHANGED' });
    return settings;
  }

  /**
   * Refuses the plan when an RM it gives core clients to (kept, assigned or moved) is no
   * longer eligible, e.g. their training records were voided since planning.
   */
  private async requireEligible(
    recipients: readonly ManagerPosting[],
    settings: AssignmentSettings,
  ): Promise<void> {
    const reasons = await this.eligibility.reasons(recipients, settings);
    const ineligible = recipients.filter((posting) => reasons.get(posting.id) !== null);
    if (ineligible.length > 0)
      throw conflict(STALE, {
        reason: 'RM_INELIGIBLE',
        managerIds: ineligible.map((posting) => posting.id),
      });
  }
}

/** The plan's items by action, as the audit entry keeps them (actions without items left out). */
function actionCounts(statistics: StoredStatistics): Record<string, number> {
  const counts = {
    KEEP: statistics.keeps,
    ASSIGN: statistics.assigns,
    MOVE: statistics.moves,
    RELEASE: statistics.releases,
    UNPLACED: statistics.unplaced,
  };
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
}
