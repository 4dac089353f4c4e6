import type { Actor } from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import { decodeCursor, notFound, pageOf, type Page } from '@corebook/server/common';
import { OrgService } from '@corebook/server/org';
import { completedRunAfter } from '@corebook/server/ranking-reader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  AssignmentPlanType,
  PlanItemCountType,
  PlanItemFilter,
  PlanItemType,
  PlanManagerLoadType,
} from './assignment.types';

export const PLAN_COLUMNS = `
  p.id, p.branch_id AS "branchId", p.ranking_run_id AS "rankingRunId", p.status, p.progress,
  p.trigger, p.error, p.created_at AS "createdAt", cu.display_name AS "createdByName",
  p.decided_at AS "decidedAt", du.display_name AS "decidedByName", p.statistics AS "statisticsJson"`;
export const PLAN_FROM = `assignment_plans p
  LEFT JOIN users cu ON cu.id = p.created_by
  LEFT JOIN users du ON du.id = p.decided_by`;

/**
 * Reading plans for the assignment board: a branch head their own branch's plans, admin
 * every plan. Nested fields (items, RM loads) read from a plan that already passed the gate.
 */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly org: OrgService,
  ) {}

  /** A later run re-ranked a branch the plan covers: applying it will be refused (stale). */
  reRanked(plan: Pick<AssignmentPlanType, 'rankingRunId' | 'branchId'>): Promise<boolean> {
    return completedRunAfter(
      this.dataSource.manager,
      plan.rankingRunId,
      plan.branchId === null ? null : [plan.branchId],
    );
  }

  async plan(actor: Actor, id: number): Promise<AssignmentPlanType> {
    this.access.requirePermission(actor, 'assignment.manage');
    const plan = await this.planById(id);
    if (!plan) throw notFound('AssignmentPlan', id);
    await this.access.requireBranchAccess(actor, 'assignment.manage', plan.branchId);
    return plan;
  }

  async planById(id: number): Promise<AssignmentPlanType | null> {
    const [plan] = await this.dataSource.query<AssignmentPlanType[]>(
      `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE p.id = $1`,
      [id],
    );
    return plan ?? null;
  }

  /**
   * Newest first; a branch head's own branch by default, admin every plan unless a branch
   * is given; 'bank' keeps only the whole-bank plans (admin's).
   */
  async plans(
    actor: Actor,
    scope: number | 'bank' | null,
    first: number,
    after: string | null,
  ): Promise<Page<AssignmentPlanType>> {
    const params: unknown[] = [];
    const conditions = ['TRUE'];
    if (scope === 'bank') {
      await this.access.requireBranchAccess(actor, 'assignment.manage', null);
      conditions.push('p.branch_id IS NULL');
    } else {
      const branch = await this.access.branchFor(actor, 'assignment.manage', scope);
      if (branch !== null) {
        params.push(branch);
        conditions.push(`p.branch_id = $${params.length}`);
      }
    }
    if (after) {
      const [id] = decodeCursor(after, ['int']);
      params.push(id);
      conditions.push(`p.id < $${params.length}`);
    }
    params.push(first + 1);
    const rows = await this.dataSource.query<AssignmentPlanType[]>(
      `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE ${conditions.join(' AND ')}
       ORDER BY p.id DESC LIMIT $${params.length}`,
      params,
    );
    return pageOf(rows, first, (plan) => [plan.id]);
  }

  async managers(planId: number, branchId: number | null): Promise<PlanManagerLoadType[]> {
    if (branchId !== null) await this.org.requireBranch(branchId);
    return this.dataSource.query(
      `SELECT pm.manager_id AS "managerId", pm.branch_id AS "branchId", pm.capacity, pm.eligible,
              pm.ineligible_reason AS "ineligibleReason",
              pm.clients_before AS "clientsBefore", pm.workload_before AS "workloadBefore", pm.value_before::text AS "valueBefore",
              pm.clients_after AS "clientsAfter", pm.workload_after AS "workloadAfter", pm.value_after::text AS "valueAfter"
       FROM assignment_plan_managers pm JOIN relationship_managers m ON m.id = pm.manager_id
       WHERE pm.plan_id = $1 AND ($2::int IS NULL OR pm.branch_id = $2)
       ORDER BY pm.branch_id, m.name, pm.manager_id`,
      [planId, branchId],
    );
  }

  /** Items in client id order, filtered; keyset-paged on the client id. */
  async items(
    planId: number,
    filter: PlanItemFilter,
    first: number,
    after: string | null,
  ): Promise<Page<PlanItemType>> {
    const params: unknown[] = [];
    const conditions = this.itemConditions(planId, filter, params);
    if (after) {
      const [clientId] = decodeCursor(after, ['id']);
      params.push(clientId);
      conditions.push(`i.client_id > $${params.length}::bigint`);
    }
    params.push(first + 1);
    const rows = await this.dataSource.query<PlanItemType[]>(
      `SELECT i.client_id::text AS "clientId", i.branch_id AS "branchId", i.action, i.reason,
              i.from_manager_id AS "fromManagerId", i.to_manager_id AS "toManagerId", i.tier,
              i.workload, i.value::text AS value
       FROM assignment_plan_items i
       WHERE ${conditions.join(' AND ')}
       ORDER BY i.client_id LIMIT $${params.length}`,
      params,
    );
    return pageOf(rows, first, (item) => [item.clientId]);
  }

  async itemCount(planId: number, filter: PlanItemFilter): Promise<number> {
    const params: unknown[] = [];
    const conditions = this.itemConditions(planId, filter, params);
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM assignment_plan_items i WHERE ${conditions.join(' AND ')}`,
      params,
    );
    return count;
  }

  async itemCounts(planId: number, branchId: number | null): Promise<PlanItemCountType[]> {
    if (branchId !== null) await this.org.requireBranch(branchId);
    return this.dataSource.query(
      `SELECT action, reason, count(*)::int AS count FROM assignment_plan_items
       WHERE plan_id = $1 AND ($2::int IS NULL OR branch_id = $2)
       GROUP BY action, reason ORDER BY action, reason`,
      [planId, branchId],
    );
  }

  private itemConditions(planId: number, filter: PlanItemFilter, params: unknown[]): string[] {
    params.push(planId);
    const conditions = [`i.plan_id = $${params.length}`];
    const equal = (column: string, value: unknown) => {
      if (value === null || value === undefined) return;
      params.push(value);
      conditions.push(`${column} = $${params.length}`);
    };
    equal('i.action', filter.action);
    equal('i.reason', filter.reason);
    equal('i.branch_id', filter.branchId);
    if (filter.managerId !== null && filter.managerId !== undefined) {
      params.push(filter.managerId);
      conditions.push(
        `(i.from_manager_id = $${params.length} OR i.to_manager_id = $${params.length})`,
      );
    }
    const search = filter.search?.trim();
    if (search) {
      params.push(`%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`, search);
      conditions.push(
        `EXISTS (SELECT 1 FROM clients c WHERE c.id = i.client_id
                 AND (c.name ILIKE $${params.length - 1} OR c.client_no = $${params.length}))`,
      );
    }
    return conditions;
  }
}
