import { BANK_TIME_ZONE } from '@corebook/server/common';

/**
 * SQL for the RM who served a client at the end of a bank date, from the assignment log
 * (NULL: in the branch pool, or not yet given to anyone): what complaints and survey
 * responses are credited by (docs/domain.md rules 7 and 8). `client` and `day` are SQL
 * expressions (a column or a parameter); the log's primary key finds the client's rows.
 */
export function servingManagerOn(client: string, day: string): string {
  return `(SELECT a.manager_id FROM client_assignments a
    WHERE a.client_id = ${client} AND a.started_at < ((${day})::date + 1)::timestamp AT TIME ZONE '${BANK_TIME_ZONE}'
    ORDER BY a.started_at DESC, a.id DESC LIMIT 1)`;
}
