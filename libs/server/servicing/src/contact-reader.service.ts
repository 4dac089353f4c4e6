import {
  contactCounts,
  withinEditWindow,
  type Actor,
  type ContactCycleSettings,
} from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import { bankToday, decodeCursor, pageOf, type Page } from '@corebook/server/common';
import { cycleSettingsInForce } from '@corebook/server/contact-cycles';
import { readRows } from '@corebook/server/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CONTACT_COLUMNS, CONTACTS_BY_ID, type ContactRow } from './contact-statements';
import type { ContactAddendumType, ContactNode } from './servicing.types';

/**
 * Reading the contact log (docs/domain.md rule 6): those who may read the client read all
 * its contacts (an RM every contact of a client in their book, whoever wrote it; never HR),
 * each with whether the reader may still edit it and whether it counts towards the cycle.
 */
@Injectable()
export class ContactReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

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
      `SELECT ${CONTACT_COLUMNS} FROM contacts k JOIN users u ON u.id = k.author_id
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
  async byIds(
    actor: Actor,
    ids: readonly string[],
    settings?: ContactCycleSettings,
  ): Promise<ContactNode[]> {
    return this.nodes(actor, await this.rows(ids), settings);
  }

  async addendaOf(contactIds: readonly string[]): Promise<ContactAddendumType[]> {
    return this.dataSource.query(
      `SELECT a.id::text AS id, a.contact_id::text AS "contactId", a.text, u.display_name AS "authorName", a.created_at AS "createdAt"
       FROM contact_addenda a JOIN users u ON u.id = a.author_id
       WHERE a.contact_id = ANY($1::bigint[]) ORDER BY a.id`,
      [contactIds],
    );
  }

  /** The rows as the caller sees them, under the settings in force (read unless given). */
  async nodes(
    actor: Actor,
    rows: ContactRow[],
    given?: ContactCycleSettings,
  ): Promise<ContactNode[]> {
    if (rows.length === 0) return [];
    const settings = given ?? (await cycleSettingsInForce(this.dataSource.manager)).settings;
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

  /** Contacts by id as stored, for a caller who checks the access itself. */
  rows(ids: readonly string[]): Promise<ContactRow[]> {
    return readRows<ContactRow>(this.dataSource, CONTACTS_BY_ID.sql, [ids], CONTACTS_BY_ID.name);
  }
}
