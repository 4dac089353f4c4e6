import { addDays, type Actor, type ValueTier } from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import { clientColumns, type ClientType } from '@corebook/server/clients';
import {
  badInput,
  bankToday,
  decodeCursor,
  forbidden,
  notFound,
  pageOf,
  type Page,
} from '@corebook/server/common';
import { readRows } from '@corebook/server/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RevisitItemType, RevisitReason } from './servicing.types';

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
 * change keeps current, through its (RM, due date) and (RM, planned date) indexes.
 *
 * The home page of every RM, so one prepared statement answers it (docs/benchmarks.md,
 * "Servicing"): the gate's scope condition for the RM, the queue's counts, and the page with
 * each client's row, valued by the latest run.
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
    this.access.requirePermission(actor, 'contact.read');
    const rm = managerId ?? actor.managerId;
    if (rm === null)
      throw badInput('managerId', 'Name the RM whose revisit queue to show', { rule: 'REQUIRED' });
    const offset = after ? decodeCursor(after, ['int'])[0] : 0;
    if (offset < 0) throw badInput('after', 'after is not a cursor from this list');
    const today = bankToday();
    const params: unknown[] = [rm, today, addDays(today, DUE_SOON_DAYS), tier, first + 1, offset];
    const statement = queueStatement(this.access.managerScopeCondition(actor, 'm', params));
    const rows = await readRows<QueueRow>(this.dataSource, statement.sql, params, statement.name);
    // The gate's refusals, as requireManagerAccess gives them.
    const [head] = rows;
    if (head.allowed === null) throw notFound('RelationshipManager', String(rm));
    if (!head.allowed) throw forbidden('This RM is outside your scope');
    const items: (RevisitItemType & { position: number })[] = [];
    for (const row of rows) {
      // The counts repeat on every row; the rest is the item and its client.
      const {
        allowed: _allowed,
        overdue: _overdue,
        dueSoon: _dueSoon,
        total: _total,
        reason,
        tier: itemTier,
        dueOn,
        daysOverdue,
        lastContactOn,
        plannedOn,
        ...client
      } = row;
      if (client.id === null) continue;
      const position = offset + items.length + 1;
      items.push({
        client,
        reason,
        tier: itemTier,
        dueOn,
        daysOverdue,
        lastContactOn,
        plannedOn,
        position,
      });
    }
    return {
      ...pageOf(items, first, (item) => [item.position]),
      overdueCount: head.overdue,
      dueSoonCount: head.dueSoon,
      totalCount: head.total,
    };
  }
}

/** The statement's rows: the counts (and whether the caller may see the RM) on each, then the item and its client. */
type QueueRow = ClientType & {
  allowed: boolean | null;
  overdue: number;
  dueSoon: number;
  total: number;
  reason: RevisitReason;
  tier: ValueTier | null;
  dueOn: string | null;
  daysOverdue: number | null;
  lastContactOn: string | null;
  plannedOn: string | null;
};

/**
 * The queue's statement for a scope condition (its text differs by the caller's role, so
 * each has its own prepared statement). Parameters: $1 the RM, $2 today, $3 the due-soon
 * horizon, $4 the tier or null, $5 rows to read, $6 rows to skip, then the scope's.
 *
 * Prepared once per connection, it is planned for any RM and day (a generic plan): the queue
 * as two index ranges (due by the horizon; planned by it and due later), each client's value
 * probed by key rather than joined (a join to the partitioned rankings is estimated at
 * thousands of rows per client, so the generic plan lost to planning every call).
 */
function queueStatement(scope: string): { sql: string; name: string } {
  let statement = statements.get(scope);
  if (statement) return statement;
  statement = {
    name: `revisit-queue-${statements.size + 1}`,
    sql: `WITH target AS (SELECT (${scope}) AS allowed FROM relationship_managers m WHERE m.id = $1),
     queue AS MATERIALIZED (
       SELECT u.* FROM (
         SELECT s.client_id, s.manager_id, s.tier, s.due_on, s.last_contact_on, s.planned_on
         FROM client_cycles s WHERE s.manager_id = $1 AND s.due_on <= $3::date
         UNION ALL
         SELECT s.client_id, s.manager_id, s.tier, s.due_on, s.last_contact_on, s.planned_on
         FROM client_cycles s
         WHERE s.manager_id = $1 AND s.planned_on <= $3::date AND (s.due_on > $3::date OR s.due_on IS NULL)
       ) u
       WHERE (SELECT allowed FROM target)
     ),
     counts AS (
       SELECT count(*) FILTER (WHERE due_on < $2::date)::int AS overdue,
              count(*) FILTER (WHERE due_on BETWEEN $2::date AND $3::date)::int AS "dueSoon",
              count(*) FILTER (WHERE $4::text IS NULL OR tier = $4)::int AS total
       FROM queue
     ),
     run AS (SELECT id FROM ranking_runs WHERE status = 'COMPLETED' ORDER BY id DESC LIMIT 1)
     SELECT t.allowed, n.overdue, n."dueSoon", n.total, p.*
     FROM counts n
     LEFT JOIN target t ON TRUE
     LEFT JOIN LATERAL (
       SELECT CASE WHEN q.due_on < $2::date THEN 'OVERDUE' WHEN q.due_on <= $3::date THEN 'DUE_SOON'
                   ELSE 'PLANNED' END AS reason,
              q.tier, q.due_on AS "dueOn", $2::date - q.due_on AS "daysOverdue",
              q.last_contact_on AS "lastContactOn", q.planned_on AS "plannedOn",
              ${clientColumns('q.manager_id')}
       FROM queue q
       JOIN clients c ON c.id = q.client_id
       WHERE $4::text IS NULL OR q.tier = $4
       ORDER BY q.due_on ASC NULLS LAST,
                (SELECT r.value FROM client_rankings r
                 WHERE r.run_id = (SELECT id FROM run) AND r.client_id = q.client_id) DESC NULLS LAST,
                q.client_id
       LIMIT $5 OFFSET $6
     ) p ON TRUE`,
  };
  statements.set(scope, statement);
  return statement;
}

const statements = new Map<string, { sql: string; name: string }>();
