import type { Actor, ValueTier } from '@corebook/domain';
import { ValueTierEnum } from '@corebook/server/clients';
import {
  CurrentActor,
  CurrentRequest,
  DateScalar,
  SignedIn,
  byKeys,
  loaderFor,
  pageInfoOf,
  pageSize,
  type RequestContext,
} from '@corebook/server/common';
import type { CycleSettingsVersion } from '@corebook/server/contact-cycles';
import {
  BranchType,
  OrgService,
  RelationshipManagerType,
  branchLoader,
  managerLoader,
} from '@corebook/server/org';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ComplaintsService } from './complaints/complaints.service';
import { ComplaintType } from './complaints/complaints.types';
import { ContactReader } from './contact-reader.service';
import { CoverageService } from './coverage.service';
import { CycleSettingsService } from './cycle-settings.service';
import { RevisitQueueService } from './revisit-queue.service';
import {
  BranchCoverageType,
  ContactCycleSettingsInput,
  ContactCycleSettingsType,
  ContactNode,
  ManagerCoverageType,
  RevisitQueueConnection,
  TimelineConnection,
  TimelineEntryType,
} from './servicing.types';
import { TimelineService } from './timeline.service';

const settingsType = (version: CycleSettingsVersion): ContactCycleSettingsType => ({
  ...version.settings,
  version: version.version,
  effectiveOn: version.effectiveOn,
});

@Resolver()
export class ServicingResolver {
  constructor(
    private readonly queue: RevisitQueueService,
    private readonly coverage: CoverageService,
    private readonly timeline: TimelineService,
    private readonly settings: CycleSettingsService,
  ) {}

  @Query(() => RevisitQueueConnection, {
    description:
      "An RM's clients overdue, due within 7 days or with a planned contact by then; most days overdue first, then by value. An RM's own (managerId omitted); a branch head's RMs; admin any.",
  })
  @SignedIn('contact.read')
  async revisitQueue(
    @CurrentActor() actor: Actor,
    @Args('managerId', { type: () => Int, nullable: true }) managerId: number | null,
    @Args('tier', { type: () => ValueTierEnum, nullable: true }) tier: ValueTier | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<RevisitQueueConnection> {
    const page = await this.queue.page(
      actor,
      managerId ?? null,
      tier ?? null,
      pageSize(first),
      after,
    );
    return { ...page, pageInfo: pageInfoOf(page) };
  }

  @Query(() => [ManagerCoverageType], {
    description:
      'Contact coverage per RM for a period (to is capped at today): an RM their own, a branch head their branch, admin a branch or (branchId omitted) every RM.',
  })
  @SignedIn('contact.read')
  managerCoverage(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
  ): Promise<ManagerCoverageType[]> {
    return this.coverage.byManager(actor, from, to, branchId ?? null);
  }

  @Query(() => [BranchCoverageType], {
    description:
      'Contact coverage per branch for a period: admin every branch, a branch head their own.',
  })
  @SignedIn('contact.read')
  branchCoverage(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
  ): Promise<BranchCoverageType[]> {
    return this.coverage.byBranch(actor, from, to);
  }

  @Query(() => TimelineConnection, {
    description:
      "A client's contacts, assignment changes, early warnings and ranking changes, newest first.",
  })
  @SignedIn('contact.read')
  async clientTimeline(
    @CurrentActor() actor: Actor,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<TimelineConnection> {
    const page = await this.timeline.page(actor, clientId, pageSize(first), after);
    return { edges: page.edges, pageInfo: pageInfoOf(page) };
  }

  @Query(() => ContactCycleSettingsType, { description: 'The contact cycles in force.' })
  @SignedIn('contact.read')
  async contactCycleSettings(@CurrentActor() actor: Actor): Promise<ContactCycleSettingsType> {
    return settingsType(await this.settings.read(actor));
  }

  @Query(() => [ContactCycleSettingsType], {
    description: 'Every version of the contact cycles, newest first (admin).',
  })
  @SignedIn('settings.manage')
  async contactCycleSettingsHistory(
    @CurrentActor() actor: Actor,
  ): Promise<ContactCycleSettingsType[]> {
    return (await this.settings.history(actor)).map(settingsType);
  }

  @Mutation(() => ContactCycleSettingsType, {
    description:
      "Change the contact cycles (admin), from today; every client's due date follows. CONFLICT when version is stale.",
  })
  @SignedIn('settings.manage')
  async updateContactCycleSettings(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input', { type: () => ContactCycleSettingsInput }) input: ContactCycleSettingsInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ContactCycleSettingsType> {
    const next = { ...input, cycleDays: { ...input.cycleDays } };
    return settingsType(await this.settings.update(actor, next, version, ctx.requestId));
  }
}

@Resolver(() => ManagerCoverageType)
export class ManagerCoverageResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => RelationshipManagerType)
  manager(@Parent() row: ManagerCoverageType, @CurrentRequest() ctx: RequestContext) {
    return managerLoader(ctx, this.org).load(row.managerId);
  }
}

@Resolver(() => BranchCoverageType)
export class BranchCoverageResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => BranchType)
  branch(@Parent() row: BranchCoverageType, @CurrentRequest() ctx: RequestContext) {
    return branchLoader(ctx, this.org).load(row.branchId);
  }
}

@Resolver(() => TimelineEntryType)
export class TimelineEntryResolver {
  constructor(
    private readonly contacts: ContactReader,
    private readonly org: OrgService,
    private readonly complaintLog: ComplaintsService,
  ) {}

  @ResolveField(() => ContactNode, { nullable: true, description: 'CONTACT: the contact.' })
  contact(
    @Parent() entry: TimelineEntryType,
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<ContactNode | null> | null {
    if (entry.contactId === null) return null;
    // The timeline checked the client; its contacts are the caller's to read.
    return loaderFor(ctx, 'contactById', async (ids: readonly string[]) =>
      byKeys(ids, await this.contacts.byIds(actor, ids), (contact) => contact.id),
    ).load(entry.contactId);
  }

  @ResolveField(() => ComplaintType, {
    nullable: true,
    description: 'COMPLAINT: the complaint; SURVEY: the complaint it closed, if any.',
  })
  complaint(
    @Parent() entry: TimelineEntryType,
    @CurrentActor() actor: Actor,
  ): Promise<ComplaintType> | null {
    return entry.complaintId === null
      ? null
      : this.complaintLog.complaint(actor, entry.complaintId);
  }

  @ResolveField(() => RelationshipManagerType, {
    nullable: true,
    description:
      'ASSIGNMENT: the new RM; EARLY_WARNING: the RM when it was raised; COMPLAINT: the responsible RM; SURVEY: the RM credited.',
  })
  manager(@Parent() entry: TimelineEntryType, @CurrentRequest() ctx: RequestContext) {
    return entry.managerId === null ? null : managerLoader(ctx, this.org).load(entry.managerId);
  }
}
