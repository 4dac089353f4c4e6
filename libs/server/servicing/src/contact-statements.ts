import { auditInsertSql, type AuditRecord } from '@corebook/server/audit';
import { BANK_TIME_ZONE, conflict } from '@corebook/server/common';
import { CYCLE_INPUTS_SQL, type CycleInputs } from '@corebook/server/contact-cycles';
import { queryPrepared } from '@corebook/server/database';
import type { EntityManager } from 'typeorm';
import type { ContactInput, ContactNode, PlannedContactInput } from './servicing.types';

// The contact log's SQL: its reads' columns, its writes, and the hot paths as prepared
// statements (a name per SQL text).

/** A contact as the API reads it (k: contacts, u: its author). */
export const CONTACT_COLUMNS = `k.id::text AS id, k.client_id::text AS "clientId", k.status, k.type, k.purpose,
  k.occurred_at AS "occurredAt", k.occurred_on AS "occurredOn", k.planned_on AS "plannedOn", k.outcome,
  k.notes, k.next_step AS "nextStep", k.cancel_reason AS "cancelReason", k.follows_id::text AS "followsId",
  k.author_id AS "authorId", u.display_name AS "authorName", k.manager_id AS "managerId", k.version,
  k.created_at AS "createdAt", k.updated_at AS "updatedAt",
  (k.created_at AT TIME ZONE '${BANK_TIME_ZONE}')::date AS "writtenOn"`;

export type ContactRow = Omit<ContactNode, 'editable' | 'counts'> & { writtenOn: string };

/** Contacts by id ($1, bigint[]), with their authors. */
export const CONTACTS_BY_ID = {
  name: 'contacts-by-id',
  sql: `SELECT ${CONTACT_COLUMNS} FROM contacts k JOIN users u ON u.id = k.author_id WHERE k.id = ANY($1::bigint[])`,
};

/**
 * A contact that happened, written only for a client in the caller's scope (`scope`, the
 * gate's condition on the client `c`), served by its current RM, with its audit entry
 * (`audit`, auditInsertSql from the CTE `written`); returned as read (a ContactRow) with the
 * cycle's inputs (CycleInputs) its client is brought up to date with in the same transaction.
 * No row: the client is not there or not the caller's, and nothing was written. One
 * statement, where the access check, the insert, the entry, the rules and the read-back
 * would be five round trips.
 * $1 client, $2 author, $3 type, $4 purpose, $5 occurred at, $6 logged on (today), $7 outcome,
 * $8 notes, $9 next step, then the scope's and the entry's.
 */
export function logContactStatement(scope: string, audit: string): { name: string; sql: string } {
  const sql = `WITH written AS (
       INSERT INTO contacts (client_id, author_id, manager_id, status, type, purpose, occurred_at, occurred_on,
         logged_on, outcome, notes, next_step)
       SELECT c.id, $2, (SELECT a.manager_id FROM current_assignments a WHERE a.client_id = c.id), 'DONE', $3, $4,
              $5, ($5::timestamptz AT TIME ZONE '${BANK_TIME_ZONE}')::date, $6, $7, $8, $9
       FROM clients c WHERE c.id = $1 AND ${scope}
       RETURNING *
     ),
     audited AS (${audit})
     SELECT ${CONTACT_COLUMNS}, i.settings, i."runId"
     FROM written k JOIN users u ON u.id = k.author_id, (${CYCLE_INPUTS_SQL}) i`;
  let name = logStatements.get(sql);
  if (name === undefined) {
    name = `log-contact-${logStatements.size + 1}`;
    logStatements.set(sql, name);
  }
  return { name, sql };
}

const logStatements = new Map<string, string>();

/**
 * A logged contact and its audit entry written in one statement (logContactStatement) for a
 * client in the caller's scope (`scopeOf`, the gate's condition on clients c); null when the
 * client is not there or not the caller's.
 */
export async function insertLoggedContact(
  manager: EntityManager,
  scopeOf: (params: unknown[]) => string,
  contact: Pick<ContactInput, 'clientId' | 'type' | 'purpose' | 'outcome'> & {
    authorId: number;
    occurredAt: string;
    loggedOn: string;
    notes: string;
    nextStep: string;
  },
  entry: AuditRecord,
): Promise<{ row: ContactRow; inputs: CycleInputs } | null> {
  const params: unknown[] = [
    contact.clientId,
    contact.authorId,
    contact.type,
    contact.purpose,
    contact.occurredAt,
    contact.loggedOn,
    contact.outcome,
    contact.notes,
    contact.nextStep,
  ];
  const scope = scopeOf(params);
  const audit = auditInsertSql(entry, params, { from: 'written', entityId: 'written.id::text' });
  const statement = logContactStatement(scope, audit);
  const [found] = await queryPrepared<ContactRow & CycleInputs>(
    manager,
    statement.name,
    statement.sql,
    params,
  );
  if (!found) return null;
  const { settings, runId, ...row } = found;
  return { row, inputs: { settings, runId } };
}

/** A planned contact, served by the client's current RM; returns its id. */
export async function insertPlanned(
  manager: EntityManager,
  authorId: number,
  planned: Pick<PlannedContactInput, 'clientId' | 'plannedOn' | 'type' | 'purpose' | 'notes'> & {
    followsId: string | null;
  },
): Promise<string> {
  const [{ id }] = await manager.query<{ id: string }[]>(
    `INSERT INTO contacts (client_id, author_id, manager_id, status, type, purpose, planned_on, notes, follows_id)
     SELECT $1, $2, (SELECT manager_id FROM current_assignments WHERE client_id = $1), 'PLANNED', $3, $4, $5, $6, $7
     RETURNING id::text AS id`,
    [
      planned.clientId,
      authorId,
      planned.type,
      planned.purpose,
      planned.plannedOn,
      planned.notes,
      planned.followsId,
    ],
  );
  return id;
}

/** An optimistic update: CONFLICT when someone changed the contact since `version`. */
export async function updateContact(
  manager: EntityManager,
  id: string,
  version: number,
  set: string,
  values: unknown[],
): Promise<void> {
  const updated = await manager.query<unknown[]>(
    `WITH updated AS (UPDATE contacts SET ${set}, version = version + 1, updated_at = now()
     WHERE id = $1 AND version = $2 RETURNING 1) SELECT 1 FROM updated`,
    [id, version, ...values],
  );
  if (updated.length === 0)
    throw conflict('The contact was changed by someone else; reload and try again', {
      rule: 'STALE_VERSION',
    });
}
