import {
  COMPLAINT_LIMITS,
  addDays,
  clockStanding,
  complaintDueOn,
  type Actor,
  type ComplaintSettings,
} from '@corebook/domain';
import { servingManagerOn } from '@corebook/server/assignment';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import {
  BANK_TIME_ZONE,
  badInput,
  bankToday,
  decodeCursor,
  forbidden,
  notFound,
  pageOf,
  type Page,
  freeText,
} from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ComplaintSettingsService } from './complaint-settings.service';
import type {
  ComplaintEventType,
  ComplaintHandlerCandidateType,
  ComplaintFilter,
  ComplaintInput,
  ComplaintType,
} from './complaints.types';

export const COMPLAINT_COLUMNS = `p.id::text AS id, p.client_id::text AS "clientId", p.branch_id AS "branchId",
  p.received_at AS "receivedAt", p.received_on AS "receivedOn", p.incident_on AS "incidentOn", p.channel,
  p.business, p.cause, p.severity, p.complexity, p.description, p.client_request AS "clientRequest",
  p.responsible_manager_id AS "responsibleManagerId", p.handler_id AS "handlerId", h.display_name AS "handlerName",
  p.status, p.clock_started_on AS "clockStartedOn", p.pauses, p.extended, p.due_on AS "dueOn",
  p.merged_into_id::text AS "mergedIntoId", p.decided_on AS "decidedOn", p.decision, p.summary,
  p.root_cause AS "rootCause", p.redress_amount::text AS "redressAmount", p.upheld, p.decided_late AS "decidedLate",
  p.closed_on AS "closedOn", p.withdrawn_on AS "withdrawnOn", r.display_name AS "recordedByName", p.version,
  p.created_at AS "createdAt"`;
export const COMPLAINT_FROM = `complaints p LEFT JOIN users h ON h.id = p.handler_id JOIN users r ON r.id = p.recorded_by`;
export const OPEN_STATUSES = `('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'PAUSED')`;

/**
 * Complaints (docs/domain.md rule 7): recorded by the serving RM, the branch head or admin
 * for a client in their scope, with the responsible RM taken from the assignment log at the
 * incident date; read by those the access gate's complaint scope allows. The transitions are
 * in ComplaintTransitionsService.
 */
@Injectable()
export class ComplaintsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly settings: ComplaintSettingsService,
  ) {}

  async record(actor: Actor, input: ComplaintInput, requestId: string): Promise<ComplaintType> {
    this.access.requirePermission(actor, 'complaint.record');
    await this.access.requireClientAccess(actor, [input.clientId]);
    const receivedAt = input.receivedAt;
    if (receivedAt.getTime() > Date.now())
      throw badInput('receivedAt', 'A complaint cannot be received in the future', {
        rule: 'DATE_IN_FUTURE',
      });
    const receivedOn = new Intl.DateTimeFormat('en-CA', { timeZone: BANK_TIME_ZONE }).format(
      receivedAt,
    );
    const earliest = addDays(bankToday(), -366);
    if (receivedOn < earliest)
      throw badInput('receivedAt', `A complaint is recorded within a year (from ${earliest})`, {
        rule: 'DATE_TOO_EARLY',
        params: { min: earliest },
      });
    if (input.incidentOn > receivedOn)
      throw badInput('incidentOn', 'The incident happened on or before the complaint', {
        rule: 'INCIDENT_AFTER_RECEIPT',
      });
    if (input.incidentOn < addDays(receivedOn, -3 * 366))
      throw badInput('incidentOn', 'The incident is more than three years before the complaint', {
        rule: 'DATE_TOO_EARLY',
        params: { min: addDays(receivedOn, -3 * 366) },
      });
    const description = freeText(
      'description',
      input.description,
      COMPLAINT_LIMITS.description,
      true,
    );
    const clientRequest = freeText(
      'clientRequest',
      input.clientRequest,
      COMPLAINT_LIMITS.clientRequest,
    );
    const id = await this.dataSource.transaction(async (manager) => {
      const { settings } = await this.settings.complaints(manager);
      const dueOn = complaintDueOn(
        { startedOn: receivedOn, complexity: input.complexity, pauses: [], extended: false },
        settings,
      );
      const [{ id, responsible }] = await manager.query<
        { id: string; responsible: number | null }[]
      >(
        `INSERT INTO complaints (client_id, branch_id, received_at, received_on, incident_on, channel, business, cause,
           severity, complexity, description, client_request, responsible_manager_id, status, clock_started_on, due_on,
           recorded_by)
         SELECT c.id, c.branch_id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, ${servingManagerOn('c.id', '$4')},
                'RECEIVED', $3, $12, $13
         FROM clients c WHERE c.id = $1
         RETURNING id::text AS id, responsible_manager_id AS responsible`,
        [
          input.clientId,
          receivedAt,
          receivedOn,
          input.incidentOn,
          input.channel,
          input.business,
          input.cause,
          input.severity,
          input.complexity,
          description,
          clientRequest,
          dueOn,
          actor.userId,
        ],
      );
      await manager.query(
        `INSERT INTO complaint_events (complaint_id, version, action, to_status, actor_id) VALUES ($1, 1, 'RECORD', 'RECEIVED', $2)`,
        [id, actor.userId],
      );
      await this.audit.record(
        {
          actor,
          operation: 'recordComplaint',
          entityType: 'Complaint',
          entityId: id,
          after: {
            clientId: input.clientId,
            business: input.business,
            cause: input.cause,
            complexity: input.complexity,
            responsibleManagerId: responsible,
            dueOn,
          },
          requestId,
        },
        manager,
      );
      return id;
    });
    return this.complaint(actor, id);
  }

  /** One complaint: NOT_FOUND when there is none, FORBIDDEN outside the caller's scope. */
  async complaint(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ComplaintType> {
    this.access.requirePermission(actor, 'complaint.read');
    if (!/^\d{1,18}$/.test(id)) throw notFound('Complaint', id);
    const params: unknown[] = [id];
    const scope = this.access.complaintScopeCondition(actor, 'p', params);
    const [row] = await manager.query<(ComplaintType & { allowed: boolean })[]>(
      `SELECT ${COMPLAINT_COLUMNS}, (${scope}) AS allowed FROM ${COMPLAINT_FROM} WHERE p.id = $1`,
      params,
    );
    if (!row) throw notFound('Complaint', id);
    if (!row.allowed) throw forbidden('This complaint is outside your scope');
    const { allowed: _allowed, ...complaint } = row;
    return this.withStanding([complaint], (await this.settings.complaints(manager)).settings)[0];
  }

  async page(
    actor: Actor,
    filter: ComplaintFilter,
    first: number,
    after: string | null,
  ): Promise<Page<ComplaintType>> {
    const params: unknown[] = [];
    const conditions = await this.conditions(actor, filter, params);
    if (after) {
      const [at, id] = decodeCursor(after, ['text', 'id']);
      if (Number.isNaN(Date.parse(at)))
        throw badInput('after', 'after is not a cursor from this list');
      params.push(at, id);
      conditions.push(
        `(p.received_at, p.id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`,
      );
    }
    params.push(first + 1);
    // Open ones by their clock would need the caller to ask; the list is newest first.
    const rows = await this.dataSource.query<ComplaintType[]>(
      `SELECT ${COMPLAINT_COLUMNS} FROM ${COMPLAINT_FROM}
       WHERE ${conditions.join(' AND ')}
       ORDER BY p.received_at DESC, p.id DESC LIMIT $${params.length}`,
      params,
    );
    const { settings } = await this.settings.complaints();
    return pageOf(this.withStanding(rows, settings), first, (row) => [
      row.receivedAt.toISOString(),
      row.id,
    ]);
  }

  async count(actor: Actor, filter: ComplaintFilter): Promise<number> {
    const params: unknown[] = [];
    const conditions = await this.conditions(actor, filter, params);
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM complaints p WHERE ${conditions.join(' AND ')}`,
      params,
    );
    return count;
  }

  /**
   * Who the branch head may assign to handle a complaint: the active RMs and branch heads of
   * its branch, the responsible RM marked as recused (assign refuses them).
   */
  async handlerCandidates(actor: Actor, id: string): Promise<ComplaintHandlerCandidateType[]> {
    this.access.requirePermission(actor, 'complaint.manage');
    const complaint = await this.complaint(actor, id);
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.display_name AS name, u.role,
              (u.relationship_manager_id IS NOT NULL AND u.relationship_manager_id IS NOT DISTINCT FROM $2::int) AS recused
       FROM users u LEFT JOIN relationship_managers m ON m.id = u.relationship_manager_id
       WHERE u.branch_id = $1 AND u.active AND u.role IN ('RM', 'BRANCH_HEAD')
         AND (m.id IS NULL OR m.status <> 'LEFT')
       ORDER BY u.role = 'BRANCH_HEAD', u.display_name, u.id`,
      [complaint.branchId, complaint.responsibleManagerId],
    );
  }

  async events(actor: Actor, id: string): Promise<ComplaintEventType[]> {
    await this.complaint(actor, id);
    return this.dataSource.query(
      `SELECT e.id::text AS id, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.version,
              u.display_name AS "actorName", e.at, e.note, e.details->>'handler' AS "assignedName",
              e.details->>'clientInformedOn' AS "clientInformedOn"
       FROM complaint_events e LEFT JOIN users u ON u.id = e.actor_id
       WHERE e.complaint_id = $1 ORDER BY e.id`,
      [id],
    );
  }

  /** The clock's standing of each open complaint today. */
  withStanding(rows: ComplaintType[], settings: ComplaintSettings): ComplaintType[] {
    const today = bankToday();
    return rows.map((row) => ({
      ...row,
      standing: ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'PAUSED'].includes(row.status)
        ? clockStanding(row.dueOn, today, settings)
        : null,
    }));
  }

  private async conditions(
    actor: Actor,
    filter: ComplaintFilter,
    params: unknown[],
  ): Promise<string[]> {
    this.access.requirePermission(actor, 'complaint.read');
    const conditions = [this.access.complaintScopeCondition(actor, 'p', params)];
    const equal = (column: string, value: unknown) => {
      params.push(value);
      conditions.push(`${column} = $${params.length}`);
    };
    if (filter.branchId !== undefined && filter.branchId !== null) {
      await this.access.branchFor(actor, 'complaint.read', filter.branchId);
      equal('p.branch_id', filter.branchId);
    }
    if (filter.clientId) {
      await this.access.requireClientAccess(actor, [filter.clientId]);
      equal('p.client_id', filter.clientId);
    }
    if (filter.responsibleManagerId !== undefined && filter.responsibleManagerId !== null)
      equal('p.responsible_manager_id', filter.responsibleManagerId);
    if (filter.status) equal('p.status', filter.status);
    if (filter.open) conditions.push(`p.status IN ${OPEN_STATUSES}`);
    if (filter.handledByMe) equal('p.handler_id', actor.userId);
    if (filter.receivedFrom) {
      params.push(filter.receivedFrom);
      conditions.push(`p.received_on >= $${params.length}::date`);
    }
    if (filter.receivedTo) {
      params.push(filter.receivedTo);
      conditions.push(`p.received_on <= $${params.length}::date`);
    }
    if (filter.standing) {
      const { settings } = await this.settings.complaints();
      const today = bankToday();
      conditions.push(`p.status IN ${OPEN_STATUSES}`);
      switch (filter.standing) {
        case 'PAUSED':
          conditions.push(`p.status = 'PAUSED'`);
          break;
        case 'OVERDUE':
          params.push(today);
          conditions.push(`p.due_on < $${params.length}::date`);
          break;
        case 'DUE_SOON':
          params.push(today, addDays(today, settings.dueSoonDays));
          conditions.push(
            `p.due_on BETWEEN $${params.length - 1}::date AND $${params.length}::date`,
          );
          break;
        case 'ON_TIME':
          params.push(addDays(today, settings.dueSoonDays));
          conditions.push(`p.due_on > $${params.length}::date`);
          break;
      }
    }
    return conditions;
  }
}
