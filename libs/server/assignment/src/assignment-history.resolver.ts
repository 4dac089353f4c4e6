import {
  MOVE_NOTE_MAX,
  MOVE_NOTE_MIN,
  OTHER_MOVE_NOTE_MIN,
  type Actor,
  type ManualMoveReason,
} from '@corebook/domain';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  loaderFor,
  type RequestContext,
} from '@corebook/server/common';
import { ClientType } from '@corebook/server/clients';
import { OrgService, RelationshipManagerType, managerLoader } from '@corebook/server/org';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AssignmentPeriodType, ManualMoveReasonEnum } from './assignment.types';
import { ReassignService } from './reassign.service';

@Resolver(() => AssignmentPeriodType)
export class AssignmentHistoryResolver {
  constructor(
    private readonly reassigning: ReassignService,
    private readonly org: OrgService,
  ) {}

  @Mutation(() => ClientType, {
    description:
      'Move a client to another RM of its branch, or to the branch pool (managerId null), saying why: a reason code and a note. Branch heads (own branch) and admin.',
  })
  @SignedIn('assignment.manage')
  reassignClient(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('managerId', { type: () => Int, nullable: true }) managerId: number | null,
    @Args('reasonCode', { type: () => ManualMoveReasonEnum }) reasonCode: ManualMoveReason,
    @Args('reason', {
      description: `The branch head's words: ${MOVE_NOTE_MIN} to ${MOVE_NOTE_MAX} characters (${OTHER_MOVE_NOTE_MIN} with OTHER).`,
    })
    reason: string,
    @Args('currentManagerId', {
      type: () => Int,
      nullable: true,
      description:
        'The RM the caller saw serving the client (null: the branch pool). When given and no longer true, the move is refused with CONFLICT (rule CLIENT_MOVED).',
    })
    currentManagerId: number | null | undefined,
  ): Promise<ClientType> {
    return this.reassigning.reassign(
      actor,
      clientId,
      { managerId: managerId ?? null, reasonCode, note: reason },
      ctx.requestId,
      currentManagerId,
    );
  }

  @Query(() => [AssignmentPeriodType], {
    description:
      'Who served the client and when, newest first; for anyone who may read the client.',
  })
  @SignedIn('client.read')
  assignmentHistory(
    @CurrentActor() actor: Actor,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<AssignmentPeriodType[]> {
    return this.reassigning.history(actor, clientId);
  }

  @ResolveField(() => RelationshipManagerType)
  manager(
    @Parent() period: AssignmentPeriodType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<RelationshipManagerType | null> {
    return managerLoader(ctx, this.org).load(period.managerId);
  }
}

/** Client.assignmentHistory: the parent client already passed the access gate. */
@Resolver(() => ClientType)
export class ClientAssignmentHistoryResolver {
  constructor(private readonly reassigning: ReassignService) {}

  @ResolveField(() => [AssignmentPeriodType], {
    description: 'Who served the client and when, newest first.',
  })
  assignmentHistory(
    @Parent() client: ClientType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<AssignmentPeriodType[]> {
    const histories = loaderFor(ctx, 'assignmentHistory', async (ids: readonly string[]) => {
      const byClient = await this.reassigning.historyOf(ids);
      return ids.map((id) => byClient.get(id) ?? []);
    });
    return histories.load(client.id);
  }
}
