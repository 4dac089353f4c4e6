import type { Actor } from '@corebook/domain';
import { ClientType, ClientsService, clientLoader } from '@corebook/server/clients';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  pageInfoOf,
  pageSize,
  type RequestContext,
} from '@corebook/server/common';
import { OrgService, RelationshipManagerType, managerLoader } from '@corebook/server/org';
import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { ComplaintTransitionsService } from './complaint-transitions.service';
import { ComplaintsService } from './complaints.service';
import {
  ComplaintConnection,
  ComplaintDecisionInput,
  ComplaintEventType,
  ComplaintExtensionInput,
  ComplaintFilter,
  ComplaintHandlerCandidateType,
  ComplaintInput,
  ComplaintType,
} from './complaints.types';

@InputType({ description: "The client's answers when a complaint closes (1-10 each)." })
export class SurveyAnswersInput {
  @Field(() => Int) overall!: number;
  @Field(() => Int) expectations!: number;
  @Field(() => Int) ideal!: number;
}

const ID_ARG = { type: () => ID };
const VERSION_ARG = { type: () => Int };

@Resolver(() => ComplaintType)
export class ComplaintsResolver {
  constructor(
    private readonly complaintLog: ComplaintsService,
    private readonly transitions: ComplaintTransitionsService,
    private readonly clients: ClientsService,
    private readonly org: OrgService,
  ) {}

  @Query(() => ComplaintConnection, {
    description:
      'Complaints in scope, newest first: admin all, a branch head the branch, an RM those of their book, those they handle or are responsible for.',
  })
  @SignedIn('complaint.read')
  async complaints(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ComplaintFilter, nullable: true }) filter: ComplaintFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ComplaintConnection> {
    const page = await this.complaintLog.page(actor, filter ?? {}, pageSize(first), after);
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
      totalCount: await this.complaintLog.count(actor, filter ?? {}),
    };
  }

  @Query(() => ComplaintType, { description: 'One complaint; FORBIDDEN outside your scope.' })
  @SignedIn('complaint.read')
  complaint(@CurrentActor() actor: Actor, @Args('id', ID_ARG) id: string): Promise<ComplaintType> {
    return this.complaintLog.complaint(actor, id);
  }

  @Query(() => [ComplaintHandlerCandidateType], {
    description:
      'Who may be assigned to handle a complaint (branch head, admin): the active RMs, then branch heads, of its branch; the responsible RM marked recused.',
  })
  @SignedIn('complaint.manage')
  complaintHandlers(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG) id: string,
  ): Promise<ComplaintHandlerCandidateType[]> {
    return this.complaintLog.handlerCandidates(actor, id);
  }

  @Mutation(() => ComplaintType, {
    description:
      "Record a complaint (the client's RM, the branch head, admin); the responsible RM is the client's RM on the incident date.",
  })
  @SignedIn('complaint.record')
  recordComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input') input: ComplaintInput,
  ): Promise<ComplaintType> {
    return this.complaintLog.record(actor, input, ctx.requestId);
  }

  @Mutation(() => ComplaintType, {
    description: 'Assign the handler (branch head, admin); never the responsible RM.',
  })
  @SignedIn('complaint.manage')
  assignComplaintHandler(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('handlerId', { type: () => Int, description: 'A user id.' }) handlerId: number,
  ): Promise<ComplaintType> {
    return this.transitions.assign(actor, id, version, handlerId, ctx.requestId);
  }

  @Mutation(() => ComplaintType, { description: 'The handler acknowledges receipt.' })
  @SignedIn('complaint.read')
  acknowledgeComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
  ): Promise<ComplaintType> {
    return this.transitions.acknowledge(actor, id, version, ctx.requestId);
  }

  @Mutation(() => ComplaintType, { description: 'The handler starts work on it.' })
  @SignedIn('complaint.read')
  startComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
  ): Promise<ComplaintType> {
    return this.transitions.start(actor, id, version, ctx.requestId);
  }

  @Mutation(() => ComplaintType, {
    description: 'Pause the clock while an outside appraisal runs (the note says which).',
  })
  @SignedIn('complaint.read')
  pauseComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('note') note: string,
  ): Promise<ComplaintType> {
    return this.transitions.pause(actor, id, version, note, ctx.requestId);
  }

  @Mutation(() => ComplaintType, { description: 'Restart the clock after a pause.' })
  @SignedIn('complaint.read')
  resumeComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
  ): Promise<ComplaintType> {
    return this.transitions.resume(actor, id, version, ctx.requestId);
  }

  @Mutation(() => ComplaintType, {
    description:
      'Extend an especially complex case once (branch head, admin: the approver), with the reason and the day the client was told.',
  })
  @SignedIn('complaint.manage')
  extendComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('input') input: ComplaintExtensionInput,
  ): Promise<ComplaintType> {
    return this.transitions.extend(actor, id, version, input, ctx.requestId);
  }

  @Mutation(() => ComplaintType, {
    description: 'Merge a repeat complaint without new facts into an earlier one of the client.',
  })
  @SignedIn('complaint.manage')
  mergeComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('intoId', ID_ARG) intoId: string,
    @Args('note') note: string,
  ): Promise<ComplaintType> {
    return this.transitions.merge(actor, id, version, intoId, note, ctx.requestId);
  }

  @Mutation(() => ComplaintType, { description: 'The client withdrew the complaint (ends today).' })
  @SignedIn('complaint.read')
  withdrawComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('note') note: string,
  ): Promise<ComplaintType> {
    return this.transitions.withdraw(actor, id, version, note, ctx.requestId);
  }

  @Mutation(() => ComplaintType, {
    description: 'Decide: decision, written summary, root cause, redress, upheld or not.',
  })
  @SignedIn('complaint.read')
  decideComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('input') input: ComplaintDecisionInput,
  ): Promise<ComplaintType> {
    return this.transitions.decide(actor, id, version, input, ctx.requestId);
  }

  @Mutation(() => ComplaintType, {
    description: "Close a decided complaint, with the client's survey answers when asked.",
  })
  @SignedIn('complaint.read')
  closeComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('survey', { type: () => SurveyAnswersInput, nullable: true })
    survey: SurveyAnswersInput | null,
  ): Promise<ComplaintType> {
    return this.transitions.close(actor, id, version, survey ?? null, ctx.requestId);
  }

  @Mutation(() => ComplaintType, {
    description: 'Reopen on new facts (branch head, admin): a new clock from today.',
  })
  @SignedIn('complaint.manage')
  reopenComplaint(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('note') note: string,
  ): Promise<ComplaintType> {
    return this.transitions.reopen(actor, id, version, note, ctx.requestId);
  }

  @ResolveField(() => ClientType)
  client(@Parent() complaint: ComplaintType, @CurrentRequest() ctx: RequestContext) {
    return clientLoader(ctx, this.clients).load(complaint.clientId);
  }

  @ResolveField(() => RelationshipManagerType, {
    nullable: true,
    description: "The client's RM on the incident date (null: the branch pool).",
  })
  responsibleManager(@Parent() complaint: ComplaintType, @CurrentRequest() ctx: RequestContext) {
    return complaint.responsibleManagerId === null
      ? null
      : managerLoader(ctx, this.org).load(complaint.responsibleManagerId);
  }

  @ResolveField(() => [ComplaintEventType], { description: 'Every transition, oldest first.' })
  events(@Parent() complaint: ComplaintType, @CurrentActor() actor: Actor) {
    return this.complaintLog.events(actor, complaint.id);
  }
}
