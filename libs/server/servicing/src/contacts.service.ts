import {
  CONTACT_LIMITS,
  addDays,
  contactCounts,
  withinEditWindow,
  type Actor,
  type AuditOperation,
} from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import {
  BANK_TIME_ZONE,
  badInput,
  bankToday,
  conflict,
  decodeCursor,
  forbidden,
  notFound,
  pageOf,
  type Page,
} from '@corebook/server/common';
import { cycleSettingsInForce, refreshCycles } from '@corebook/server/contact-cycles';
import { latestCompletedRun } from '@corebook/server/ranking-reader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ContactAddendumType,
  ContactCompletion,
  ContactEdit,
  ContactInput,
  ContactNode,
  PlannedContactInput,
} from './servicing.types';

const COLUMNS = `k.id::text AS id, k.client_id::text AS "clientId", k.status, k.type, k.purpose,
  k.occurred_at AS "occurredAt", k.occurred_on AS "occurredOn", k.planned_on AS "plannedOn", k.outcome,
  k.notes, k.next_step AS "nextStep", k.cancel_reason AS "cancelReason", k.follows_id::text AS "followsId",
  k.author_id AS "authorId", u.display_name AS "authorName", k.manager_id AS "managerId", k.version,
  k.created_at AS "createdAt", k.updated_at AS "updatedAt",
  (k.created_at AT TIME ZONE '${BANK_TIME_ZONE}')::date AS "writtenOn"`;

type ContactRow = Omit<ContactNode, 'editable' | 'counts'> & { writtenOn: string };

/** A contact's words, trimmed and bounded (the input guard bounds them too). */
function words(field: string, text: string | null | undefined, max: number): string {
  const trimmed = (text ?? '').trim();
  if (trimmed.length > max)
    throw badInput(field, `${field} must be at most ${max} characters`, {
      rule: 'TOO_LONG',
      params: { max },
    });
  return trimmed;
}

/**
 * The contact log (docs/domain.md rule 6). The serving RM or the branch head logs, plans,
 * completes and cancels contacts of clients in their scope; the author edits a contact for
 * a few days (a setting), then corrections are addenda; nothing is deleted. Readers are those
 * who may read the client (an RM: every contact of a client in their book, whoever wrote it;
 * never HR). Each write brings the client's cycle up to date in its transaction.
 */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async log(actor: Actor, input: ContactInput, requestId: string): Promise<ContactNode> {
    await this.requireWriteAccess(actor, input.clientId);
    const occurredAt = this.occurred(input.occurredAt);
    const notes = words('notes', input.notes, CONTACT_LIMITS.notes);
    const nextStep = words('nextStep', input.nextStep, CONTACT_LIMITS.nextStep);
    const plannedOn = input.plannedOn ?? null;
    if (plannedOn !== null) this.requirePlanDate('plannedOn', plannedOn);
    const id = await this.write(actor, input.clientId, 'logContact', requestId, async (manager) => {
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO contacts (client_id, author_id, manager_id, status, type, purpose, occurred_at, occurred_on,
           logged_on, outcome, notes, next_step)
         SELECT $1, $2, (SELECT manager_id FROM current_assignments WHERE client_id = $1), 'DONE', $3, $4, $5,
                ($5::timestamptz AT TIME ZONE '${BANK_TIME_ZONE}')::date, $6, $7, $8, $9
         RETURNING id::text AS id`,
        [
          input.clientId,
          actor.userId,
          input.type,
          input.purpose,
          occurredAt,
          bankToday(),
          input.outcome,
          notes,
          nextStep,
        ],
      );
      if (plannedOn !== null)
        await this.insertPlanned(manager, actor, {
          clientId: input.clientId,
          plannedOn,
          type: input.type,
          purpose: input.purpose,
          notes: nextStep,
          followsId: id,
        });
      return {
        id,
        after: {
          clientId: input.clientId,
          type: input.type,
          purpose: input.purpose,
          outcome: input.outcome,
          occurredAt,
          plannedOn,
        },
      };
    });
    return this.requireOne(actor, id);
  }

  async plan(actor: Actor, input: PlannedContactInput, requestId: string): Promise<ContactNode> {
    await this.requireWriteAccess(actor, input.clientId);
    this.requirePlanDate('plannedOn', input.plannedOn);
    const notes = words('notes', input.notes, CONTACT_LIMITS.notes);
    const id = await this.write(
      actor,
      input.clientId,
      'planContact',
      requestId,
      async (manager) => {
        const id = await this.insertPlanned(manager, actor, { ...input, notes, followsId: null });
        return {
          id,
          after: { clientId: input.clientId, plannedOn: input.plannedOn, type: input.type },
        };
      },
    );
    return this.requireOne(actor, id);
  }

  async complete(
    actor: Actor,
    id: string,
    version: number,
    completion: ContactCompletion,
    requestId: string,
  ): Promise<ContactNode> {
    const contact = await this.requireWritable(actor, id, 'PLANNED');
    const occurredAt = this.occurred(completion.occurredAt);
    const notes = words('notes', completion.notes, CONTACT_LIMITS.notes);
    const nextStep = words('nextStep', completion.nextStep, CONTACT_LIMITS.nextStep);
    const plannedOn = completion.plannedOn ?? null;
    if (plannedOn !== null) this.requirePlanDate('plannedOn', plannedOn);
    await this.write(
      actor,
      contact.clientId,
      'completePlannedContact',
      requestId,
      async (manager) => {
        await this.update(
          manager,
          id,
          version,
          `status = 'DONE', occurred_at = $3, occurred_on = ($3::timestamptz AT TIME ZONE '${BANK_TIME_ZONE}')::date,
         logged_on = $4, outcome = $5, notes = $6, next_step = $7,
         manager_id = (SELECT manager_id FROM current_assignments WHERE client_id = contacts.client_id)`,
          [occurredAt, bankToday(), completion.outcome, notes, nextStep],
        );
        if (plannedOn !== null)
          await this.insertPlanned(manager, actor, {
            clientId: contact.clientId,
            plannedOn,
            type: contact.type,
            purpose: contact.purpose,
            notes: nextStep,
            followsId: id,
          });
        return {
          id,
          before: { status: 'PLANNED' },
          after: { status: 'DONE', outcome: completion.outcome, occurredAt, plannedOn },
        };
      },
    );
    return this.requireOne(actor, id);
  }

  async cancel(
    actor: Actor,
    id: string,
    version: number,
    reason: string,
    requestId: string,
  ): Promise<ContactNode> {
    const contact = await this.requireWritable(actor, id, 'PLANNED');
    const why = words('reason', reason, CONTACT_LIMITS.reason);
    if (why.length === 0)
      throw badInput('reason', 'Say why the contact is cancelled', { rule: 'REQUIRED' });
    await this.write(
      actor,
      contact.clientId,
      'cancelPlannedContact',
      requestId,
      async (manager) => {
        await this.update(manager, id, version, `status = 'CANCELLED', cancel_reason = $3`, [why]);
        return { id, before: { status: 'PLANNED' }, after: { status: 'CANCELLED' }, detail: why };
      },
    );
    return this.requireOne(actor, id);
  }

  /** The author's edit within the edit window; later corrections are addenda. */
  async edit(
    actor: Actor,
    id: string,
    version: number,
    edit: ContactEdit,
    requestId: string,
  ): Promise<ContactNode> {
    const contact = await this.requireWritable(actor, id, 'DONE');
    if (contact.authorId !== actor.userId)
      throw forbidden('Only its author may edit a contact; add an addendum instead');
    const { settings } = await cycleSettingsInForce(this.dataSource.manager);
    if (!withinEditWindow(contact.writtenOn, bankToday(), settings))
      throw badInput(
        'id',
        `A contact may be edited for ${settings.editWindowDays} days; add an addendum instead`,
        {
          rule: 'EDIT_WINDOW_CLOSED',
          params: { days: settings.editWindowDays },
        },
      );
    const occurredAt = this.occurred(edit.occurredAt);
    const notes = words('notes', edit.notes, CONTACT_LIMITS.notes);
    const nextStep = words('nextStep', edit.nextStep, CONTACT_LIMITS.nextStep);
    await this.write(actor, contact.clientId, 'editContact', requestId, async (manager) => {
      await this.update(
        manager,
        id,
        version,
        `occurred_at = $3, occurred_on = ($3::timestamptz AT TIME ZONE '${BANK_TIME_ZONE}')::date,
         type = $4, purpose = $5, outcome = $6, notes = $7, next_step = $8`,
        [occurredAt, edit.type, edit.purpose, edit.outcome, notes, nextStep],
      );
      return {
        id,
        before: {
          occurredAt: contact.occurredAt,
          type: contact.type,
          purpose: contact.purpose,
          outcome: contact.outcome,
          notes: contact.notes,
          nextStep: contact.nextStep,
        },
        after: {
          occurredAt,
          type: edit.type,
          purpose: edit.purpose,
          outcome: edit.outcome,
          notes,
          nextStep,
        },
      };
    });
    return this.requireOne(actor, id);
  }

  /** A correction kept beside the contact, by anyone who may write contacts of the client. */
  async addAddendum(
    actor: Actor,
    id: string,
    text: string,
    requestId: string,
  ): Promise<ContactNode> {
    const contact = await this.requireWritable(actor, id, null);
    const words_ = words('text', text, CONTACT_LIMITS.addendum);
    if (words_.length === 0) throw badInput('text', 'Write the correction', { rule: 'REQUIRED' });
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO contact_addenda (contact_id, author_id, text) VALUES ($1, $2, $3)`,
        [id, actor.userId, words_],
      );
      await this.audit.record(
        {
          actor,
          operation: 'addContactAddendum',
          entityType: 'Contact',
          entityId: id,
          after: { clientId: contact.clientId },
          detail: words_,
          requestId,
        },
        manager,
      );
    });
    return this.requireOne(actor, id);
  }

  /** A client's contacts, newest first (planned ones by their planned date). */
  async page(
    actor: Actor,
    clientId: string,
    first: number,
    after: string | null,
  ): Promise<Page<ContactNode>> {
    this.access.requirePermission(actor, 'contact.read');
    await this.access.requireClientAccess(actor, [clientId]);
    const params: unknown[] = [clientId];
    let cursor = '';
    if (after) {
      const [on, id] = decodeCursor(after, ['date', 'id']);
      params.push(on, id);
      cursor = `AND (coalesce(k.occurred_on, k.planned_on), k.id) < ($2::date, $3::bigint)`;
    }
    params.push(first + 1);
    const rows = await this.dataSource.query<ContactRow[]>(
      `SELECT ${COLUMNS} FROM contacts k JOIN users u ON u.id = k.author_id
       WHERE k.client_id = $1 ${cursor}
       ORDER BY coalesce(k.occurred_on, k.planned_on) DESC, k.id DESC LIMIT $${params.length}`,
      params,
    );
    const nodes = await this.nodes(actor, rows);
    return pageOf(nodes, first, (node) => [node.occurredOn ?? node.plannedOn, node.id]);
  }

  async count(actor: Actor, clientId: string): Promise<number> {
    this.access.requirePermission(actor, 'contact.read');
    await this.access.requireClientAccess(actor, [clientId]);
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM contacts WHERE client_id = $1',
      [clientId],
    );
    return count;
  }

  /** Contacts by id for parents already limited to the caller's scope (the timeline). */
  async byIds(actor: Actor, ids: readonly string[]): Promise<ContactNode[]> {
    const rows = await this.dataSource.query<ContactRow[]>(
      `SELECT ${COLUMNS} FROM contacts k JOIN users u ON u.id = k.author_id WHERE k.id = ANY($1::bigint[])`,
      [ids],
    );
    return this.nodes(actor, rows);
  }

  async addendaOf(contactIds: readonly string[]): Promise<ContactAddendumType[]> {
    return this.dataSource.query(
      `SELECT a.id::text AS id, a.contact_id::text AS "contactId", a.text, u.display_name AS "authorName", a.created_at AS "createdAt"
       FROM contact_addenda a JOIN users u ON u.id = a.author_id
       WHERE a.contact_id = ANY($1::bigint[]) ORDER BY a.id`,
      [contactIds],
    );
  }

  private async nodes(actor: Actor, rows: ContactRow[]): Promise<ContactNode[]> {
    if (rows.length === 0) return [];
    const { settings } = await cycleSettingsInForce(this.dataSource.manager);
    const today = bankToday();
    return rows.map(({ writtenOn, ...row }) => ({
      ...row,
      editable:
        row.status === 'DONE' &&
        row.authorId === actor.userId &&
        withinEditWindow(writtenOn, today, settings),
      counts: contactCounts(row, settings),
    }));
  }

  private async requireOne(actor: Actor, id: string): Promise<ContactNode> {
    const [node] = await this.byIds(actor, [id]);
    return node;
  }

  private async requireWriteAccess(actor: Actor, clientId: string): Promise<void> {
    this.access.requirePermission(actor, 'contact.write');
    await this.access.requireClientAccess(actor, [clientId]);
  }

  /**
   * The contact, for a caller who may write contacts of its client; NOT_FOUND when there is
   * none (or the id is malformed), FORBIDDEN outside the caller's scope, and BAD_USER_INPUT
   * when it is not in the status the change needs.
   */
  private async requireWritable(
    actor: Actor,
    id: string,
    status: 'DONE' | 'PLANNED' | null,
  ): Promise<ContactRow> {
    this.access.requirePermission(actor, 'contact.write');
    if (!/^\d{1,18}$/.test(id)) throw notFound('Contact', id);
    const [row] = await this.dataSource.query<ContactRow[]>(
      `SELECT ${COLUMNS} FROM contacts k JOIN users u ON u.id = k.author_id WHERE k.id = $1`,
      [id],
    );
    if (!row) throw notFound('Contact', id);
    await this.access.requireClientAccess(actor, [row.clientId]);
    if (status !== null && row.status !== status)
      throw badInput(
        'id',
        status === 'PLANNED'
          ? 'The contact is no longer planned'
          : 'Only a logged contact may be edited',
        {
          rule: status === 'PLANNED' ? 'CONTACT_NOT_PLANNED' : 'CONTACT_NOT_DONE',
        },
      );
    return row;
  }

  /** A contact time: a valid instant, not in the future, not over a year back. */
  private occurred(at: Date): string {
    if (!(at instanceof Date) || Number.isNaN(at.getTime()))
      throw badInput('occurredAt', 'occurredAt is not a date and time', { rule: 'DATE_TIME' });
    if (at.getTime() > Date.now())
      throw badInput('occurredAt', 'A contact cannot happen in the future', {
        rule: 'DATE_IN_FUTURE',
      });
    const earliest = addDays(bankToday(), -CONTACT_LIMITS.planAheadDays);
    if (at.toISOString().slice(0, 10) < earliest)
      throw badInput('occurredAt', `A contact is logged within a year of it (from ${earliest})`, {
        rule: 'DATE_TOO_EARLY',
        params: { min: earliest },
      });
    return at.toISOString();
  }

  private requirePlanDate(field: string, plannedOn: string): void {
    const today = bankToday();
    const latest = addDays(today, CONTACT_LIMITS.planAheadDays);
    if (plannedOn < today)
      throw badInput(field, 'A contact is planned for today or later', {
        rule: 'DATE_IN_PAST',
      });
    if (plannedOn > latest)
      throw badInput(field, `A contact is planned at most a year ahead (until ${latest})`, {
        rule: 'DATE_TOO_LATE',
        params: { max: latest },
      });
  }

  private async insertPlanned(
    manager: EntityManager,
    actor: Actor,
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
        actor.userId,
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
  private async update(
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

  /**
   * One contact write: the change, the client's cycle brought up to date, and the audit entry,
   * in one transaction.
   */
  private async write(
    actor: Actor,
    clientId: string,
    operation: AuditOperation,
    requestId: string,
    change: (manager: EntityManager) => Promise<{
      id: string;
      before?: Record<string, unknown>;
      after: Record<string, unknown>;
      detail?: string;
    }>,
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const done = await change(manager);
      await refreshCycles(
        manager,
        { kind: 'clients', clientIds: [clientId] },
        await latestCompletedRun(manager),
        (await cycleSettingsInForce(manager)).settings,
      );
      await this.audit.record(
        {
          actor,
          operation,
          entityType: 'Contact',
          entityId: done.id,
          before: done.before ?? null,
          after: { clientId, ...done.after },
          detail: done.detail ?? null,
          requestId,
        },
        manager,
      );
      return done.id;
    });
  }
}
