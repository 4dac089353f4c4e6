import { cycleSettingsInForce, refreshCycles } from '@corebook/server/contact-cycles';
import { moveNoteProblem, type Actor, type ManualMoveReason } from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { badInput, conflict, forbidden } from '@corebook/server/common';
import { ClientsService, type ClientType } from '@corebook/server/clients';
import { coreClientsHeldBy, isCoreIn, latestCompletedRun } from '@corebook/server/ranking-reader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AssignmentSettingsService } from './assignment-settings.service';
import type { AssignmentPeriodType } from './assignment.types';
import { EligibilityService, type ManagerPosting } from './eligibility.service';

/** A move by hand: to an RM of the branch (null: the branch pool), and why. */
export interface ManualMove {
  managerId: number | null;
  reasonCode: ManualMoveReason;
  /** The branch head's words; trimmed here. */
  note: string;
}

interface LockedClient {
  id: string;
  branchId: number;
  managerId: number | null;
}

interface TargetManager extends ManagerPosting {
  name: string;
  branchId: number;
  capacity: number;
}

const PERIOD_COLUMNS = `
  a.client_id::text AS "clientId", a.manager_id AS "managerId", a.started_at AS "startedAt",
  a.ended_at AS "endedAt", su.display_name AS "startedByName", a.start_reason AS "startReason",
  a.reason_code AS "startReasonCode", a.start_note AS "startNote", eu.display_name AS "endedByName",
  a.end_reason AS "endReason", a.end_reason_code AS "endReasonCode", a.end_note AS "endNote",
  a.plan_id AS "planId"`;

/** The log's rows as periods: each lasts until the client's next row, which says who ended it and why. */
const PERIODS = `
  SELECT l.*, lead(l.started_at) OVER w AS ended_at, lead(l.started_by) OVER w AS ended_by,
         lead(l.start_reason) OVER w AS end_reason, lead(l.reason_code) OVER w AS end_reason_code,
         lead(l.start_note) OVER w AS end_note
  FROM client_assignments l
  WHERE l.client_id = ANY($1::bigint[])
  WINDOW w AS (PARTITION BY l.client_id ORDER BY l.id)`;

/**
 * Manual re-assignment by a branch head (docs/domain.md rule 3: it needs a reason) and the
 * assignment history that answers "who served this client on date X" (rule 2).
 */
@Injectable()
export class ReassignService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly settings: AssignmentSettingsService,
    private readonly eligibility: EligibilityService,
    private readonly clients: ClientsService,
  ) {}

  /**
   * Moves a client to another RM of its branch, or back to the branch pool (managerId null).
   * `seenManagerId` is the RM the caller saw serving the client (null: the pool); when given,
   * a client someone else moved since is refused, so of two heads the second does not
   * silently undo the first. Left out (undefined), the move is made whoever serves now.
   */
  async reassign(
    actor: Actor,
    clientId: string,
    move: ManualMove,
    requestId: string,
    seenManagerId?: number | null,
  ): Promise<ClientType> {
    this.access.requirePermission(actor, 'assignment.manage');
    await this.access.requireClientAccess(actor, [clientId]);
    const { managerId, reasonCode } = move;
    const note = move.note.trim();
    const problem = moveNoteProblem(reasonCode, note);
    if (problem)
      throw badInput('reason', problem.message, { rule: problem.rule, params: problem.params });
    await this.dataSource.transaction(async (manager) => {
      const client = await this.lockClient(manager, clientId);
      if (seenManagerId !== undefined && client.managerId !== seenManagerId)
        throw conflict("Someone changed this client's RM since you looked; look again", {
          rule: 'CLIENT_MOVED',
        });
      if (client.managerId === managerId)
        throw managerId === null
          ? badInput('managerId', 'The client is already in the branch pool', {
              rule: 'ALREADY_IN_POOL',
            })
          : badInput('managerId', 'This RM already serves the client', {
              rule: 'ALREADY_SERVES',
            });
      if (managerId !== null) await this.requireFitFor(manager, actor, client, managerId);
      // A NULL RM puts the client back in the branch pool. clock_timestamp, not now(): the
      // transaction may have begun before an earlier change of the branch was committed.
      await manager.query(
        `INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, started_by, start_reason, reason_code, start_note)
         VALUES ($1, $2, $3, clock_timestamp(), $4, 'MANUAL', $5, $6)`,
        [client.id, managerId, client.branchId, actor.userId, reasonCode, note],
      );
      // Plans made before this change no longer describe the branch's books.
      await manager.query(
        'UPDATE branches SET assignment_version = assignment_version + 1 WHERE id = $1',
        [client.branchId],
      );
      await refreshCycles(
        manager,
        { kind: 'clients', clientIds: [client.id] },
        await latestCompletedRun(manager),
        (await cycleSettingsInForce(manager)).settings,
      );
      await this.audit.record(
        {
          actor,
          operation: 'reassignClient',
          entityType: 'Client',
          entityId: client.id,
          before: { managerId: client.managerId },
          after: { managerId, reasonCode },
          // Worded in the reader's language: the reason, then the head's note as written.
          note: { code: `MOVED_${reasonCode}`, values: { note } },
          requestId,
        },
        manager,
      );
    });
    const [client] = await this.clients.byIds([clientId]);
    return client;
  }

  /** Who served the client and when, newest first, for anyone who may read the client. */
  async history(actor: Actor, clientId: string): Promise<AssignmentPeriodType[]> {
    await this.access.requireClientAccess(actor, [clientId]);
    return (await this.historyOf([clientId])).get(clientId) ?? [];
  }

  /** Periods of clients the caller already may read (the Client.assignmentHistory field). */
  async historyOf(clientIds: readonly string[]): Promise<Map<string, AssignmentPeriodType[]>> {
    const rows = await this.dataSource.query<AssignmentPeriodType[]>(
      `SELECT ${PERIOD_COLUMNS}
       FROM (${PERIODS}) a
       LEFT JOIN users su ON su.id = a.started_by
       LEFT JOIN users eu ON eu.id = a.ended_by
       WHERE a.manager_id IS NOT NULL
       ORDER BY a.client_id, a.id DESC`,
      [clientIds],
    );
    const byClient = new Map<string, AssignmentPeriodType[]>();
    for (const row of rows) {
      const periods = byClient.get(row.clientId);
      if (periods) periods.push(row);
      else byClient.set(row.clientId, [row]);
    }
    return byClient;
  }

  /**
   * Locks the client's branch, then reads the client's current RM. Every change to a book
   * (this, and applying a plan) holds its branches' rows, so they queue, and the read after
   * the lock sees the last committed change.
   */
  private async lockClient(manager: EntityManager, clientId: string): Promise<LockedClient> {
    await manager.query(
      `SELECT b.id FROM branches b WHERE b.id = (SELECT c.branch_id FROM clients c WHERE c.id = $1) FOR UPDATE`,
      [clientId],
    );
    const [client] = await manager.query<LockedClient[]>(
      `SELECT c.id::text AS id, c.branch_id AS "branchId", (SELECT b.manager_id FROM current_assignments b WHERE b.client_id = c.id) AS "managerId"
       FROM clients c WHERE c.id = $1`,
      [clientId],
    );
    // The access gate found it a moment ago, and clients are never deleted.
    if (!client) throw forbidden();
    return client;
  }

  /**
   * The new RM must work in the client's branch and not have left; for a core client of
   * the latest ranking run they must also be eligible and under their capacity. An RM the
   * caller may not see is answered as one that does not exist: no name leaks from another
   * branch.
   */
  private async requireFitFor(
    manager: EntityManager,
    actor: Actor,
    client: LockedClient,
    managerId: number,
  ): Promise<void> {
    const params: unknown[] = [managerId];
    const [target] = await manager.query<TargetManager[]>(
      `SELECT m.id, m.name, m.status, m.branch_id AS "branchId", m.core_capacity AS capacity
       FROM relationship_managers m
       WHERE m.id = $1 AND ${this.access.managerScopeCondition(actor, 'm', params)} FOR SHARE`,
      params,
    );
    if (!target)
      throw badInput('managerId', `There is no RM ${managerId}`, {
        rule: 'NO_SUCH_RM',
        params: { id: managerId },
      });
    const name = { name: target.name };
    if (target.branchId !== client.branchId)
      throw badInput('managerId', `${target.name} works in another branch than the client`, {
        rule: 'RM_OTHER_BRANCH',
        params: name,
      });
    if (target.status === 'LEFT')
      throw badInput('managerId', `${target.name} has left the bank`, {
        rule: 'RM_LEFT',
        params: name,
      });
    const runId = await latestCompletedRun(manager);
    if (runId === null || !(await isCoreIn(manager, runId, client.id))) return;
    const { settings } = await this.settings.current(manager);
    const reason = (await this.eligibility.reasons([target], settings)).get(target.id);
    if (reason)
      throw badInput(
        'managerId',
        `${target.name} may not hold core clients now (${reason.toLowerCase().replace('_', ' ')})`,
        { rule: 'RM_INELIGIBLE', params: { ...name, reason } },
      );
    const held = await coreClientsHeld(manager, runId, target.id);
    if (held >= target.capacity)
      throw badInput(
        'managerId',
        `${target.name} already holds ${held} core clients, their capacity is ${target.capacity}`,
        { rule: 'RM_FULL', params: { ...name, held, capacity: target.capacity } },
      );
  }
}

/** Core clients of the run an RM holds now. */
export async function coreClientsHeld(
  manager: EntityManager,
  runId: number,
  managerId: number,
): Promise<number> {
  return (await coreClientsHeldBy(manager, runId, [managerId])).get(managerId) ?? 0;
}
