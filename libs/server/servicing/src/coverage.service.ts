import { addDays, coverageRatio, type Actor } from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import { badInput, bankToday } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { requirePeriod } from './period';
import { DUE_SOON_DAYS } from './revisit-queue.service';
import type { BranchCoverageType, ManagerCoverageType } from './servicing.types';

export interface CoverageFigures {
  managerId: number;
  branchId: number;
  coreDays: number;
  withinDays: number;
}

/**
 * Coverage of every RM (of one branch's clients, or the bank's) over `from`..`to`: core
 * client-days in each book and those within cycle, summed from `client_cycle_log` in one
 * statement. What the scorecard reads (docs/domain.md rules 6 and 9); `coverageDays` in
 * libs/domain is the rule, checked against this on the demo bank.
 */
export async function coverageFigures(
  manager: EntityManager,
  from: string,
  to: string,
  branchId: number | null,
): Promise<CoverageFigures[]> {
  // A branch's clients first, then their log rows by key; the bank's log is read whole.
  const clients =
    branchId === null
      ? ''
      : `AND l.client_id IN (SELECT c.id FROM clients c WHERE c.branch_id = $3)`;
  return manager.query<CoverageFigures[]>(
    `SELECT x.manager_id AS "managerId", m.branch_id AS "branchId",
            sum(LEAST(coalesce(x.next_on, $2::date + 1), $2::date + 1) - GREATEST(x.valid_on, $1::date))::int AS "coreDays",
            sum(GREATEST(0, LEAST(coalesce(x.next_on, $2::date + 1), $2::date + 1, x.due_on + 1) - GREATEST(x.valid_on, $1::date)))::int AS "withinDays"
     FROM (
       SELECT l.manager_id, l.due_on, l.valid_on,
              lead(l.valid_on) OVER (PARTITION BY l.client_id ORDER BY l.id) AS next_on
       FROM client_cycle_log l
       WHERE l.valid_on <= $2::date ${clients}
     ) x
     JOIN relationship_managers m ON m.id = x.manager_id
     WHERE x.due_on IS NOT NULL AND (x.next_on IS NULL OR x.next_on > $1::date)
       AND coalesce(x.next_on, $2::date + 1) > x.valid_on
     GROUP BY x.manager_id, m.branch_id`,
    branchId === null ? [from, to] : [from, to, branchId],
  );
}

/**
 * Contact coverage for branch heads (their RMs), admin (any branch's RMs, or the branches)
 * and an RM (their own), with each RM's overdue and due-soon counts now.
 */
@Injectable()
export class CoverageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Per RM: an RM sees their own row, a branch head their branch's, admin a branch's or all. */
  async byManager(
    actor: Actor,
    from: string,
    to: string,
    branchId: number | null,
  ): Promise<ManagerCoverageType[]> {
    const period = this.period(from, to);
    const params: unknown[] = [];
    let scope: string;
    let branch: number | null;
    if (actor.role === 'RM') {
      this.access.requirePermission(actor, 'contact.read');
      if (branchId !== null)
        throw badInput('branchId', 'An RM sees their own coverage only', { rule: 'NOT_ALLOWED' });
      branch = actor.branchId;
      scope = this.access.managerScopeCondition(actor, 'm', params);
    } else {
      branch = await this.access.branchFor(actor, 'contact.read', branchId);
      scope = branch === null ? 'TRUE' : (params.push(branch), `m.branch_id = $${params.length}`);
    }
    const managers = await this.dataSource.query<{ id: number }[]>(
      `SELECT m.id FROM relationship_managers m WHERE ${scope} AND m.status <> 'LEFT' ORDER BY m.name, m.id`,
      params,
    );
    const figures = new Map(
      (await coverageFigures(this.dataSource.manager, period.from, period.to, branch)).map(
        (row) => [row.managerId, row],
      ),
    );
    const now = await this.queueCounts(managers.map((m) => m.id));
    return managers.map(({ id }) => {
      const days = figures.get(id) ?? { coreDays: 0, withinDays: 0 };
      return {
        managerId: id,
        coreDays: days.coreDays,
        withinDays: days.withinDays,
        coverage: coverageRatio(days),
        overdueNow: now.get(id)?.overdue ?? 0,
        dueSoonNow: now.get(id)?.dueSoon ?? 0,
      };
    });
  }

  /** Per branch in the caller's scope (admin: every branch; a branch head: their own). */
  async byBranch(actor: Actor, from: string, to: string): Promise<BranchCoverageType[]> {
    this.access.requirePermission(actor, 'contact.read');
    const period = this.period(from, to);
    const params: unknown[] = [];
    const scope = this.access.branchScopeCondition(actor, 'b.id', params);
    const branches = await this.dataSource.query<{ id: number }[]>(
      `SELECT b.id FROM branches b WHERE ${scope} ORDER BY b.code`,
      params,
    );
    const one = branches.length === 1 ? branches[0].id : null;
    const rows = await coverageFigures(this.dataSource.manager, period.from, period.to, one);
    const counts = await this.dataSource.query<
      { branchId: number; overdue: number; dueSoon: number }[]
    >(
      `SELECT m.branch_id AS "branchId", count(*) FILTER (WHERE s.due_on < $1::date)::int AS overdue,
                count(*) FILTER (WHERE s.due_on BETWEEN $1::date AND $2::date)::int AS "dueSoon"
         FROM client_cycles s JOIN relationship_managers m ON m.id = s.manager_id
         WHERE s.manager_id IS NOT NULL AND s.due_on <= $2::date GROUP BY m.branch_id`,
      [bankToday(), addDays(bankToday(), DUE_SOON_DAYS)],
    );
    return branches.map(({ id }) => {
      const days = rows
        .filter((row) => row.branchId === id)
        .reduce(
          (sum, row) => ({
            coreDays: sum.coreDays + row.coreDays,
            withinDays: sum.withinDays + row.withinDays,
          }),
          { coreDays: 0, withinDays: 0 },
        );
      const now = counts.find((row) => row.branchId === id);
      return {
        branchId: id,
        ...days,
        coverage: coverageRatio(days),
        overdueNow: now?.overdue ?? 0,
        dueSoonNow: now?.dueSoon ?? 0,
      };
    });
  }

  private async queueCounts(
    managerIds: number[],
  ): Promise<Map<number, { overdue: number; dueSoon: number }>> {
    const today = bankToday();
    const rows = await this.dataSource.query<
      { managerId: number; overdue: number; dueSoon: number }[]
    >(
      `SELECT manager_id AS "managerId", count(*) FILTER (WHERE due_on < $2::date)::int AS overdue,
              count(*) FILTER (WHERE due_on >= $2::date)::int AS "dueSoon"
       FROM client_cycles WHERE manager_id = ANY($1::int[]) AND due_on <= $3::date GROUP BY manager_id`,
      [managerIds, today, addDays(today, DUE_SOON_DAYS)],
    );
    return new Map(rows.map((row) => [row.managerId, row]));
  }

  /** A period of at most two years, ending today at the latest (later days have not happened). */
  private period(from: string, to: string): { from: string; to: string } {
    requirePeriod(from, to);
    const today = bankToday();
    if (from > today)
      throw badInput('from', 'The period has not started yet', { rule: 'DATE_IN_FUTURE' });
    return { from, to: to > today ? today : to };
  }
}
