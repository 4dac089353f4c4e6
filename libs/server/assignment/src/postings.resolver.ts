import type { Actor } from '@corebook/domain';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  type RequestContext,
} from '@corebook/server/common';
import { RelationshipManagerType } from '@corebook/server/org';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RelationshipManagerUpdateInput } from './assignment.types';
import { PostingsService } from './postings.service';

@Resolver(() => RelationshipManagerType)
export class PostingsResolver {
  constructor(private readonly postings: PostingsService) {}

  @Mutation(() => RelationshipManagerType, {
    description:
      "Change an RM's status and core-client capacity (HR, admin); CONFLICT when version is stale. Re-plans the branch when the RM's core book is affected.",
  })
  @SignedIn('manager.manage')
  updateRelationshipManager(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input') input: RelationshipManagerUpdateInput,
  ): Promise<RelationshipManagerType> {
    return this.postings.update(actor, input, ctx.requestId);
  }
}
