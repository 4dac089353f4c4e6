import type { Actor } from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  loaderFor,
  type RequestContext,
} from '@corebook/server/common';
import { RelationshipManagerType } from '@corebook/server/org';
import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AssignmentSettingsService } from './assignment-settings.service';
import { IneligibleReasonValue, RelationshipManagerUpdateInput } from './assignment.types';
import { EligibilityService, type ManagerPosting } from './eligibility.service';
import { PostingsService } from './postings.service';

@Resolver(() => RelationshipManagerType)
export class PostingsResolver {
  constructor(
    private readonly postings: PostingsService,
    private readonly settings: AssignmentSettingsService,
    private readonly eligibility: EligibilityService,
    private readonly access: AccessService,
  ) {}

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

  // Those who assign books (branch heads, admin) or keep postings (HR); RMs may list their
  // colleagues but not read their training standing.
  @ResolveField(() => IneligibleReasonValue, {
    nullable: true,
    description:
      'Why this RM may not be given core clients now (posting, assignment rules, training files); null when they may. Branch heads, HR and admin.',
  })
  coreClientIneligibility(
    @Parent() manager: RelationshipManagerType,
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<IneligibleReasonValue | null> {
    this.access.requirePermission(actor, 'manager.standing.read');
    const loader = loaderFor(
      ctx,
      'coreClientIneligibility',
      async (postings: readonly ManagerPosting[]) => {
        const { settings } = await this.settings.current();
        const reasons = await this.eligibility.reasons(postings, settings);
        return postings.map((posting) => reasons.get(posting.id) ?? null);
      },
    );
    return loader.load({ id: manager.id, status: manager.status });
  }

  @ResolveField(() => Int, {
    description:
      "Core clients of the latest ranking run in this RM's book (0 before the first run), against coreCapacity. Branch heads, HR and admin.",
  })
  coreClientsHeld(
    @Parent() manager: RelationshipManagerType,
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<number> {
    const loader = loaderFor(ctx, 'coreClientsHeld', (ids: readonly number[]) =>
      this.postings.coreClientsHeld(actor, ids),
    );
    return loader.load(manager.id);
  }
}
