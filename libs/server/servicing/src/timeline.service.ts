import type { Actor, ValueTier } from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import { badInput, decodeCursor, pageOf, type Page } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TimelineEntryType } from './servicing.types';

/**
 * A client's history in one feed, newest first (docs/domain.md rule 6: a new RM sees it
 * all): contacts (by when they happened, planned ones by when they were planned), each
 * change of RM, early warnings, and each change of tier or core standing between ranking
 * runs, complaints (by when they came in) and survey responses.
 */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async page(
    actor: Actor,
    clientId: string,
    first: number,
    after: string | null,
  ): Promise<Page<TimelineEntryType>> {
    this.access.requirePermission(actor, 'contact.read');
    await this.access.requireClientAccess(actor, [clientId]);
    const params: unknown[] = [clientId];
    let cursor = '';
    if (after) {
      const [at, id] = decodeCursor(after, ['text', 'text']);
      if (Number.isNaN(Date.parse(at)))
        throw badInput('after', 'after is not a cursor from this list');
      params.push(at, id);
      cursor = `WHERE (e.at, e.id) < ($2::timestamptz, $3::text)`;
    }
    params.push(first + 1);
    const rows = await this.dataSource.query<
      (Omit<TimelineEntryType, 'at'> & { at: Date; tier: ValueTier | null })[]
    >(
      `SELECT e.* FROM (
         SELECT 'CONTACT:' || lpad(k.id::text, 19, '0') AS id, 'CONTACT' AS kind, date_trunc('milliseconds', coalesce(k.occurred_at, k.created_at)) AS at,
                k.id::text AS "contactId", NULL::int AS "managerId", NULL AS reason, NULL AS tier, NULL AS "previousTier",
                NULL AS "warningAction", NULL AS "complaintId", NULL::float8 AS "satisfactionIndex"
         FROM contacts k WHERE k.client_id = $1
         UNION ALL
         SELECT 'ASSIGNMENT:' || lpad(a.id::text, 19, '0'), 'ASSIGNMENT', date_trunc('milliseconds', a.started_at), NULL, a.manager_id,
                coalesce(a.reason_code, a.start_reason), NULL, NULL, NULL, NULL, NULL
         FROM client_assignments a WHERE a.client_id = $1
         UNION ALL
         SELECT 'EARLY_WARNING:' || lpad(w.id::text, 19, '0'), 'EARLY_WARNING', date_trunc('milliseconds', w.raised_at), NULL, w.manager_id, w.kind,
                NULL, NULL, w.action_note, NULL, NULL
         FROM early_warnings w WHERE w.client_id = $1
         UNION ALL
         SELECT 'RANKING:' || lpad(t.run_id::text, 19, '0'), 'RANKING', date_trunc('milliseconds', t.finished_at), NULL, NULL, NULL, t.tier, t.previous, NULL,
                NULL, NULL
         FROM (
           SELECT r.run_id, u.finished_at, CASE WHEN r.core THEN r.tier END AS tier,
                  lag(CASE WHEN r.core THEN r.tier END) OVER (ORDER BY r.run_id) AS previous,
                  row_number() OVER (ORDER BY r.run_id) AS n
           FROM client_rankings r JOIN ranking_runs u ON u.id = r.run_id AND u.status = 'COMPLETED'
           WHERE r.client_id = $1
         ) t
         WHERE t.tier IS DISTINCT FROM t.previous AND NOT (t.n = 1 AND t.tier IS NULL)
         UNION ALL
         SELECT 'COMPLAINT:' || lpad(p.id::text, 19, '0'), 'COMPLAINT', date_trunc('milliseconds', p.received_at), NULL,
                p.responsible_manager_id, p.status, NULL, NULL, NULL, p.id::text, NULL
         FROM complaints p WHERE p.client_id = $1
         UNION ALL
         SELECT 'SURVEY:' || lpad(s.id::text, 19, '0'), 'SURVEY', date_trunc('milliseconds', s.created_at), NULL,
                s.manager_id, s.source, NULL, NULL, NULL, s.complaint_id::text, s.satisfaction_index::float8
         FROM survey_responses s WHERE s.client_id = $1
       ) e ${cursor}
       ORDER BY e.at DESC, e.id DESC LIMIT $${params.length}`,
      params,
    );
    return pageOf(rows, first, (entry) => [entry.at.toISOString(), entry.id]);
  }
}
