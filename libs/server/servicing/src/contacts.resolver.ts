import type { Actor } from '@corebook/domain';
import { ClientType } from '@corebook/server/clients';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  byKeys,
  loaderFor,
  pageInfoOf,
  pageSize,
  type RequestContext,
} from '@corebook/server/common';
import { cycleSettingsInForce } from '@corebook/server/contact-cycles';
import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ContactReader } from './contact-reader.service';
import { ContactsService } from './contacts.service';
import {
  ClientCycleType,
  ContactAddendumType,
  ContactCompletion,
  ContactConnection,
  ContactEdit,
  ContactInput,
  ContactNode,
  PlannedContactInput,
} from './servicing.types';

@Resolver(() => ContactNode)
export class ContactsResolver {
  constructor(
    private readonly contacts: ContactsService,
    private readonly reader: ContactReader,
  ) {}

  @Mutation(() => ContactNode, {
    description:
      "Log a contact that happened, by the client's RM or the branch head; with plannedOn, plan the next step as a contact.",
  })
  @SignedIn('contact.write')
  logContact(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input') input: ContactInput,
  ): Promise<ContactNode> {
    return this.contacts.log(actor, input, ctx.requestId);
  }

  @Mutation(() => ContactNode, { description: 'Plan a contact for a date.' })
  @SignedIn('contact.write')
  planContact(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input') input: PlannedContactInput,
  ): Promise<ContactNode> {
    return this.contacts.plan(actor, input, ctx.requestId);
  }

  @Mutation(() => ContactNode, { description: 'Record what happened at a planned contact.' })
  @SignedIn('contact.write')
  completePlannedContact(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('completion') completion: ContactCompletion,
  ): Promise<ContactNode> {
    return this.contacts.complete(actor, id, version, completion, ctx.requestId);
  }

  @Mutation(() => ContactNode, { description: 'Cancel a planned contact, saying why.' })
  @SignedIn('contact.write')
  cancelPlannedContact(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<ContactNode> {
    return this.contacts.cancel(actor, id, version, reason, ctx.requestId);
  }

  @Mutation(() => ContactNode, {
    description: "The author's edit within the edit window; CONFLICT when version is stale.",
  })
  @SignedIn('contact.write')
  editContact(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('edit') edit: ContactEdit,
  ): Promise<ContactNode> {
    return this.contacts.edit(actor, id, version, edit, ctx.requestId);
  }

  @Mutation(() => ContactNode, { description: 'Add a correction to a contact (kept beside it).' })
  @SignedIn('contact.write')
  addContactAddendum(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('text') text: string,
  ): Promise<ContactNode> {
    return this.contacts.addAddendum(actor, id, text, ctx.requestId);
  }

  @ResolveField(() => [ContactAddendumType])
  addenda(
    @Parent() contact: ContactNode,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<ContactAddendumType[]> {
    return loaderFor(ctx, 'contactAddenda', async (ids: readonly string[]) => {
      const rows = await this.reader.addendaOf(ids);
      return ids.map((id) => rows.filter((row) => row.contactId === id));
    }).load(contact.id);
  }
}

/** A client's contacts and its cycle now, on the client page. */
@Resolver(() => ClientType)
export class ClientContactsResolver {
  constructor(
    private readonly contactLog: ContactReader,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => ContactConnection, {
    description: 'Every contact of the client, whoever wrote it, newest first (not for HR).',
  })
  async contacts(
    @Parent() client: ClientType,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ContactConnection> {
    const page = await this.contactLog.page(actor, client.id, pageSize(first), after);
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
      totalCount: await this.contactLog.count(actor, client.id),
    };
  }

  @ResolveField(() => ClientCycleType, { description: "The client's contact cycle now." })
  cycle(
    @Parent() client: ClientType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<ClientCycleType> {
    return loaderFor(ctx, 'clientCycle', async (ids: readonly string[]) => {
      const { settings } = await cycleSettingsInForce(this.dataSource.manager);
      const rows = await this.dataSource.query<ClientCycleType[]>(
        `SELECT client_id::text AS "clientId", tier, last_contact_on AS "lastContactOn", due_on AS "dueOn",
                planned_on AS "plannedOn"
         FROM client_cycles WHERE client_id = ANY($1::bigint[])`,
        [ids],
      );
      return byKeys(ids, rows, (row) => row.clientId).map((row, i): ClientCycleType => {
        const cycle = row ?? {
          clientId: ids[i],
          tier: null,
          lastContactOn: null,
          dueOn: null,
          plannedOn: null,
        };
        return { ...cycle, cycleDays: cycle.tier === null ? null : settings.cycleDays[cycle.tier] };
      });
    }).load(client.id);
  }
}
