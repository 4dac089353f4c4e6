import {
  actionNoteProblem,
  followUpProblem,
  type Actor,
  type WarningActionProblem,
} from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import {
  badInput,
  bankToday,
  conflict,
  decodeCursor,
  notFound,
  pageOf,
} from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EarlyWarningType } from './ranking.types';

const WARNING_COLUMNS = `
  w.id::text AS id, w.kind, w.run_id AS "runId", w.client_id::text AS "clientId", w.raised_at AS "raisedAt",
  w.acknowledged_at AS "acknowledgedAt", u.display_name AS "acknowledgedByName",
  w.action_note AS "actionNote", w.follow_up_on AS "followUpOn"`;

/** What was done about a warning: a note, and optionally when to follow up (YYYY-MM-DD). */
export interface WarningAction {
  note: string;
  followUpOn: string | null;
}

const refusal = ({ rule, params }: WarningActionProblem) => ({ rule, params });

/**
 * Early warnings: core clients entering decline (docs/domain.md rule 5). Scoped through the
 * client: an RM sees the warnings of clients now in their book, a branch head the branch's.
 */
@Injectable()
export class EarlyWarningsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async page(
    actor: Actor,
    options: {
      includeAcknowledged: boolean;
      clientId: string | null;
      first: number;
      after: string | null;
    },
  ): Promise<{
    edges: { cursor: string; node: EarlyWarningType }[];
    hasNextPage: boolean;
    totalCount: number;
  }> {
    this.access.requirePermission(actor, 'client.read');
    const params: unknown[] = [];
    const conditions = [this.access.clientScopeCondition(actor, 'c', params)];
    if (!options.includeAcknowledged) conditions.push('w.acknowledged_at IS NULL');
    if (options.clientId !== null) {
      if (!/^\d{1,18}$/.test(options.clientId))
        throw badInput('clientId', 'clientId is not a client id');
      params.push(options.clientId);
      conditions.push(`w.client_id = $${params.length}::bigint`);
    }
    const from = `FROM early_warnings w JOIN clients c ON c.id = w.client_id LEFT JOIN users u ON u.id = w.acknowledged_by
                  WHERE ${conditions.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total ${from}`,
      params,
    );
    if (options.after) {
      const [id] = decodeCursor(options.after, ['id']);
      params.push(id);
      conditions.push(`w.id < $${params.length}::bigint`);
    }
    params.push(options.first + 1);
    const rows = await this.dataSource.query<EarlyWarningType[]>(
      `SELECT ${WARNING_COLUMNS} FROM early_warnings w JOIN clients c ON c.id = w.client_id
       LEFT JOIN users u ON u.id = w.acknowledged_by
       WHERE ${conditions.join(' AND ')} ORDER BY w.id DESC LIMIT $${params.length}`,
      params,
    );
    return { ...pageOf(rows, options.first, (row) => [row.id]), totalCount: total };
  }

  /**
   * Each client's latest unacknowledged warning, for the Client.openEarlyWarning field: one
   * query for a page of clients that already passed the access gate.
   */
  latestOpenOf(clientIds: readonly string[]): Promise<EarlyWarningType[]> {
    return this.dataSource.query<EarlyWarningType[]>(
      `SELECT DISTINCT ON (w.client_id) ${WARNING_COLUMNS}
       FROM early_warnings w LEFT JOIN users u ON u.id = w.acknowledged_by
       WHERE w.client_id = ANY($1::bigint[]) AND w.acknowledged_at IS NULL
       ORDER BY w.client_id, w.id DESC`,
      [clientIds],
    );
  }

  /**
   * The RM (or branch head) acts on the warning: what was done, and when to follow up
   * (docs/domain.md rule 5). Kept with the warning and audited.
   */
  async acknowledge(
    actor: Actor,
    id: string,
    action: WarningAction,
    requestId: string,
  ): Promise<EarlyWarningType> {
    if (!/^\d{1,18}$/.test(id)) throw notFound('EarlyWarning', id);
    const [warning] = await this.dataSource.query<
      { clientId: string; acknowledgedAt: Date | null }[]
    >(
      `SELECT client_id::text AS "clientId", acknowledged_at AS "acknowledgedAt" FROM early_warnings WHERE id = $1`,
      [id],
    );
    if (!warning) throw notFound('EarlyWarning', id);
    await this.access.requireClientAccess(actor, [warning.clientId]);
    const note = action.note.trim();
    const noteProblem = actionNoteProblem(note);
    if (noteProblem) throw badInput('note', noteProblem.message, refusal(noteProblem));
    const dateProblem = action.followUpOn && followUpProblem(action.followUpOn, bankToday());
    if (dateProblem) throw badInput('followUpOn', dateProblem.message, refusal(dateProblem));
    const followUpOn = action.followUpOn ?? null;
    return this.dataSource.transaction(async (manager) => {
      const updated = await manager.query<{ id: string }[]>(
        `WITH updated AS (UPDATE early_warnings SET acknowledged_at = now(), acknowledged_by = $2,
           action_note = $3, follow_up_on = $4
         WHERE id = $1 AND acknowledged_at IS NULL RETURNING id) SELECT id::text FROM updated`,
        [id, actor.userId, note, followUpOn],
      );
      if (updated.length === 0) throw conflict('This warning was already acknowledged');
      await this.audit.record(
        {
          actor,
          operation: 'acknowledgeEarlyWarning',
          entityType: 'EarlyWarning',
          entityId: id,
          before: { acknowledged: false },
          after: { acknowledged: true, clientId: warning.clientId, note, followUpOn },
          detail: note,
          requestId,
        },
        manager,
      );
      const [row] = await manager.query<EarlyWarningType[]>(
        `SELECT ${WARNING_COLUMNS} FROM early_warnings w LEFT JOIN users u ON u.id = w.acknowledged_by WHERE w.id = $1`,
        [id],
      );
      return row;
    });
  }
}
