import {
  CONTACT_LIMITS,
  withinEditWindow,
  type Actor,
  type AuditOperation,
  type ContactCycleSettings,
} from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import {
  BANK_TIME_ZONE,
  badInput,
  bankToday,
  forbidden,
  notFound,
  freeText,
} from '@corebook/server/common';
import {
  cycleInputs,
  cycleSettingsInForce,
  refreshCycles,
  type CycleInputs,
} from '@corebook/server/contact-cycles';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ContactCompletion,
  ContactEdit,
  ContactInput,
  ContactNode,
  PlannedContactInput,
} from './servicing.types';
import { occurredAtOf, requirePlanDate } from './contact-input';
import { ContactReader } from './contact-reader.service';
import {
  insertLoggedContact,
  insertPlanned,
  updateContact,
  type ContactRow,
} from './contact-statements';

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
    private readonly reader: ContactReader,
  ) {}

  async log(actor: Actor, input: ContactInput, requestId: string): Promise<ContactNode> {
    this.access.requirePermission(actor, 'contact.write');
    this.access.requirePermission(actor, 'client.read');
    if (!/^\d{1,18}$/.test(input.clientId)) throw notFound('Client', input.clientId);
    const occurredAt = occurredAtOf(input.occurredAt);
    const notes = freeText('notes', input.notes, CONTACT_LIMITS.notes);
    const nextStep = freeText('nextStep', input.nextStep, CONTACT_LIMITS.nextStep);
    const plannedOn = input.plannedOn ?? null;
    if (plannedOn !== null) requirePlanDate('plannedOn', plannedOn);
    const written = await this.write(
      actor,
      input.clientId,
      'logContact',
      requestId,
      async (manager) => {
        // The access check is the insert's own condition: the RMs' most frequent write.
        const after = {
          clientId: input.clientId,
          type: input.type,
          purpose: input.purpose,
          outcome: input.outcome,
          occurredAt,
          plannedOn,
        };
        const logged = await insertLoggedContact(
          manager,
          (params) => this.access.clientScopeCondition(actor, 'c', params),
          { ...input, authorId: actor.userId, occurredAt, loggedOn: bankToday(), notes, nextStep },
          { actor, operation: 'logContact', entityType: 'Contact', after, requestId },
        );
        if (!logged) {
          await this.access.requireClientAccess(actor, [input.clientId]);
          throw forbidden('This client is not in your book');
        }
        if (plannedOn !== null)
          await insertPlanned(manager, actor.userId, {
            clientId: input.clientId,
            plannedOn,
            type: input.type,
            purpose: input.purpose,
            notes: nextStep,
            followsId: logged.row.id,
          });
        return { id: logged.row.id, ...logged, audited: true, after };
      },
    );
    // As written: no read-back.
    const [node] = await this.reader.nodes(actor, [written.row], written.settings);
    return node;
  }

  async plan(actor: Actor, input: PlannedContactInput, requestId: string): Promise<ContactNode> {
    await this.requireWriteAccess(actor, input.clientId);
    requirePlanDate('plannedOn', input.plannedOn);
    const notes = freeText('notes', input.notes, CONTACT_LIMITS.notes);
    const written = await this.write(
      actor,
      input.clientId,
      'planContact',
      requestId,
      async (manager) => {
        const id = await insertPlanned(manager, actor.userId, { ...input, notes, followsId: null });
        return {
          id,
          after: { clientId: input.clientId, plannedOn: input.plannedOn, type: input.type },
        };
      },
    );
    return this.requireOne(actor, written.id, written.settings);
  }

  async complete(
    actor: Actor,
    id: string,
    version: number,
    completion: ContactCompletion,
    requestId: string,
  ): Promise<ContactNode> {
    const contact = await this.requireWritable(actor, id, 'PLANNED');
    const occurredAt = occurredAtOf(completion.occurredAt);
    const notes = freeText('notes', completion.notes, CONTACT_LIMITS.notes);
    const nextStep = freeText('nextStep', completion.nextStep, CONTACT_LIMITS.nextStep);
    const plannedOn = completion.plannedOn ?? null;
    if (plannedOn !== null) requirePlanDate('plannedOn', plannedOn);
    const written = await this.write(
      actor,
      contact.clientId,
      'completePlannedContact',
      requestId,
      async (manager) => {
        await updateContact(
          manager,
          id,
          version,
          `status = 'DONE', occurred_at = $3, occurred_on = ($3::timestamptz AT TIME ZONE '${BANK_TIME_ZONE}')::date,
         logged_on = $4, outcome = $5, notes = $6, next_step = $7,
         manager_id = (SELECT manager_id FROM current_assignments WHERE client_id = contacts.client_id)`,
          [occurredAt, bankToday(), completion.outcome, notes, nextStep],
        );
        if (plannedOn !== null)
          await insertPlanned(manager, actor.userId, {
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
    return this.requireOne(actor, written.id, written.settings);
  }

  async cancel(
    actor: Actor,
    id: string,
    version: number,
    reason: string,
    requestId: string,
  ): Promise<ContactNode> {
    const contact = await this.requireWritable(actor, id, 'PLANNED');
    const why = freeText('reason', reason, CONTACT_LIMITS.reason);
    if (why.length === 0)
      throw badInput('reason', 'Say why the contact is cancelled', { rule: 'REQUIRED' });
    const written = await this.write(
      actor,
      contact.clientId,
      'cancelPlannedContact',
      requestId,
      async (manager) => {
        await updateContact(manager, id, version, `status = 'CANCELLED', cancel_reason = $3`, [
          why,
        ]);
        return { id, before: { status: 'PLANNED' }, after: { status: 'CANCELLED' }, detail: why };
      },
    );
    return this.requireOne(actor, written.id, written.settings);
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
    const occurredAt = occurredAtOf(edit.occurredAt);
    const notes = freeText('notes', edit.notes, CONTACT_LIMITS.notes);
    const nextStep = freeText('nextStep', edit.nextStep, CONTACT_LIMITS.nextStep);
    const written = await this.write(
      actor,
      contact.clientId,
      'editContact',
      requestId,
      async (manager) => {
        await updateContact(
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
      },
    );
    return this.requireOne(actor, written.id, written.settings);
  }

  /** A correction kept beside the contact, by anyone who may write contacts of the client. */
  async addAddendum(
    actor: Actor,
    id: string,
    text: string,
    requestId: string,
  ): Promise<ContactNode> {
    const contact = await this.requireWritable(actor, id, null);
    const words_ = freeText('text', text, CONTACT_LIMITS.addendum);
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

  private async requireOne(
    actor: Actor,
    id: string,
    settings?: ContactCycleSettings,
  ): Promise<ContactNode> {
    const [node] = await this.reader.byIds(actor, [id], settings);
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
    const [row] = await this.reader.rows([id]);
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

  /**
   * One contact write: the change, the client's cycle brought up to date, and the audit entry,
   * in one transaction.
   */
  private async write<T extends ContactChange>(
    actor: Actor,
    clientId: string,
    operation: AuditOperation,
    requestId: string,
    change: (manager: EntityManager) => Promise<T>,
  ): Promise<T & { settings: ContactCycleSettings }> {
    return this.dataSource.transaction(async (manager) => {
      const done = await change(manager);
      const inputs = done.inputs ?? (await cycleInputs(manager));
      await refreshCycles(
        manager,
        { kind: 'clients', clientIds: [clientId] },
        inputs.runId,
        inputs.settings,
      );
      if (!done.audited)
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
      return { ...done, settings: inputs.settings };
    });
  }
}

/** What a contact write changed, for its audit entry. */
interface ContactChange {
  id: string;
  /** The cycle's inputs when the change read them already. */
  inputs?: CycleInputs;
  /** Written by the change's own statement already. */
  audited?: boolean;
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
  detail?: string;
}
