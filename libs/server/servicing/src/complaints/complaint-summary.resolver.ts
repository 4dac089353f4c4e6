import type { Actor } from '@corebook/domain';
import { ClientType } from '@corebook/server/clients';
import {
  CurrentActor,
  CurrentRequest,
  DateScalar,
  SignedIn,
  pageInfoOf,
  pageSize,
  type RequestContext,
} from '@corebook/server/common';
import { OrgService, RelationshipManagerType, managerLoader } from '@corebook/server/org';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ComplaintSettingsService } from './complaint-settings.service';
import { ComplaintSummaryService } from './complaint-summary.service';
import { ComplaintsService } from './complaints.service';
import {
  ComplaintConnection,
  ComplaintSettingsInput,
  ComplaintSettingsType,
  ComplaintSummaryType,
  SatisfactionSettingsInput,
  SatisfactionSettingsType,
  ServiceQualityType,
} from './complaints.types';

@Resolver()
export class ComplaintSummaryResolver {
  constructor(
    private readonly summaries: ComplaintSummaryService,
    private readonly settings: ComplaintSettingsService,
  ) {}

  @Query(() => ComplaintSummaryType, {
    description:
      'Complaints received in a period (件件有总结): a branch head their branch, admin a branch or (branchId omitted) the bank.',
  })
  @SignedIn('complaint.manage')
  complaintSummary(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
  ): Promise<ComplaintSummaryType> {
    return this.summaries.summary(actor, from, to, branchId ?? null);
  }

  @Query(() => [ServiceQualityType], {
    description:
      'Complaints and satisfaction per RM for a period: an RM their own, a branch head their branch, admin a branch or the bank.',
  })
  @SignedIn('complaint.read')
  serviceQuality(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
  ): Promise<ServiceQualityType[]> {
    return this.summaries.serviceQuality(actor, from, to, branchId ?? null);
  }

  @Query(() => ComplaintSettingsType, { description: 'The complaint deadlines in force.' })
  @SignedIn('complaint.read')
  async complaintSettings(): Promise<ComplaintSettingsType> {
    const { settings, version } = await this.settings.complaints();
    return { ...settings, version };
  }

  @Mutation(() => ComplaintSettingsType, {
    description:
      'Change the complaint deadlines (admin); open complaints keep their dates until their next change.',
  })
  @SignedIn('settings.manage')
  async updateComplaintSettings(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input') input: ComplaintSettingsInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ComplaintSettingsType> {
    const next = { ...input, deadlineDays: { ...input.deadlineDays } };
    const saved = await this.settings.updateComplaints(actor, next, version, ctx.requestId);
    return { ...saved.settings, version: saved.version };
  }

  @Query(() => SatisfactionSettingsType, { description: 'The satisfaction index settings.' })
  @SignedIn('complaint.read')
  async satisfactionSettings(): Promise<SatisfactionSettingsType> {
    const { settings, version } = await this.settings.satisfaction();
    return { ...settings, version };
  }

  @Mutation(() => SatisfactionSettingsType, { description: 'Change the index weights (admin).' })
  @SignedIn('settings.manage')
  async updateSatisfactionSettings(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input') input: SatisfactionSettingsInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<SatisfactionSettingsType> {
    const next = { ...input, weights: { ...input.weights } };
    const saved = await this.settings.updateSatisfaction(actor, next, version, ctx.requestId);
    return { ...saved.settings, version: saved.version };
  }
}

@Resolver(() => ServiceQualityType)
export class ServiceQualityResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => RelationshipManagerType)
  manager(@Parent() row: ServiceQualityType, @CurrentRequest() ctx: RequestContext) {
    return managerLoader(ctx, this.org).load(row.managerId);
  }
}

/** A client's complaints on the client page. */
@Resolver(() => ClientType)
export class ClientComplaintsResolver {
  constructor(private readonly complaintLog: ComplaintsService) {}

  @ResolveField(() => ComplaintConnection, {
    description: "The client's complaints, newest first (not for HR).",
  })
  async complaints(
    @Parent() client: ClientType,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ComplaintConnection> {
    const filter = { clientId: client.id };
    const page = await this.complaintLog.page(actor, filter, pageSize(first), after);
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
      totalCount: await this.complaintLog.count(actor, filter),
    };
  }
}
