import { addDays, daysBetween, type Actor, type ValueTier } from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import { badInput, bankToday, decodeCursor, pageOf, type Page } from '@corebook/server/common';
import { latestCompletedRun } from '@corebook/server/ranking-reader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RevisitReason, type RevisitItemType } from './servicing.types';

/** Clients due within this many days are on the queue beside the overdue ones. */
export const DUE_SOON_DAYS = 7;

export interface RevisitPage extends Page<RevisitItemType> {
  overdueCount: number;
  dueSoonCount: number;
  totalCount: number;
}

/**
 * An RM's revisit queue (docs/domain.md rule 6): the clients of their book past their due
 * date, due within 7 days, or with a planned contact by then, most days overdue first and
 * then by value. Read from `client_cycles`, which every contact, ranking and assignment
 * change keeps current, through its (RM, due date) index.
 */
@Injectable()
export class RevisitQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async page(
    actor: Actor,
    managerId: number | null,
    tier: ValueTier | null,
    first: number,
    after: string | null,
  ): Promise<RevisitPage> {
    const rm = managerId ?? actor.managerId;
    if (rm === null)
      throw badInput('managerId', 'Name the RM whose revisit queue to show', { rule: 'REQUIRED' });
    await this.access.requireManagerAccess(actor, 'contact.read', [rm]);
    const offset = after ? decodeCursor(after, ['int'])[0] : 0;
    if (offset < 0) throw badInput('after', 'after is not a cursor from this list');
    const today = bankToday();
    const horizon = addDays(today, DUE_SOON_DAYS);
    const runId = await latestCompletedRun(this.dataSource.manager);
    const params: unknown[] = [rm, horizon, runId, tier, first + 1, offset];
    const rows = await this.dataSource.query<
      {
        clientId: string;
        tier: ValueTier | null;
        dueOn: string | null;
        lastContactOn: string | null;
        plannedOn: string | null;
      }[]
    >(
      `SELECT s.client_id::text AS "clientId", s.tier, s.due_on AS "dueOn", s.last_contact_on AS "lastContactOn",
              s.planned_on AS "plannedOn"
       FROM client_cycles s
       LEFT JOIN client_rankings r ON r.run_id = $3 AND r.client_id = s.client_id
       WHERE s.manager_id = $1 AND (s.due_on <= $2::date OR s.planned_on <= $2::date)
         AND ($4::text IS NULL OR s.tier = $4)
       ORDER BY s.due_on ASC NULLS LAST, r.value DESC NULLS LAST, s.client_id
       LIMIT $5 OFFSET $6`,
      params,
    );
    const [counts] = await this.dataSource.query<
      { overdue: number; dueSoon: number; total: number }[]
    >(
      `SELECT count(*) FILTER (WHERE due_on < $2::date)::int AS overdue,
              count(*) FILTER (WHERE due_on BETWEEN $2::date AND $3::date)::int AS "dueSoon",
              count(*) FILTER (WHERE ($4::text IS NULL OR tier = $4) AND (due_on <= $3::date OR planned_on <= $3::date))::int AS total
       FROM client_cycles WHERE manager_id = $1 AND (due_on <= $3::date OR planned_on <= $3::date)`,
      [rm, today, horizon, tier],
    );
    const items: (RevisitItemType & { position: number })[] = rows.map((row, i) => ({
      ...row,
      position: offset + i + 1,
      daysOverdue: row.dueOn === null ? null : daysBetween(row.dueOn, today),
      reason:
        row.dueOn !== null && row.dueOn < today
          ? RevisitReason.OVERDUE
          : row.dueOn !== null && row.dueOn <= horizon
            ? RevisitReason.DUE_SOON
            : RevisitReason.PLANNED,
    }));
    return {
      ...pageOf(items, first, (item) => [item.position]),
      overdueCount: counts.overdue,
      dueSoonCount: counts.dueSoon,
      totalCount: counts.total,
    };
  }
}
