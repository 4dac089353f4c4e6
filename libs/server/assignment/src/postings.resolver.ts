import { hasPermission, type Actor } from '@corebook/domain';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  forbidden,
  loaderFor,
  type RequestContext,
} from '@corebook/server/common';
import { RelationshipManagerType } from '@corebook/server/org';
import { InjectDataSource } from '@nestjs/typeorm';
import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AssignmentSettingsService } from './assignment-settings.service';
import { IneligibleReasonValue, RelationshipManagerUpdateInput } from './assignment.types';
import { EligibilityService, type ManagerPosting } from './eligibility.service';
import { latestCompletedRun } from './plan-scope';
import { PostingsService } from './postings.service';
import { coreClientsHeldBy } from './reassign.service';

@Resolver(() => RelationshipManagerType)
export class PostingsResolver {
  constructor(
    private readonly postings: PostingsService,
    private readonly settings: AssignmentSettingsService,
    private readonly eligibility: EligibilityService,
    @InjectDataSource() private readonly dataSource: DataSource,
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
    requireStandingReader(actor);
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
    requireStandingReader(actor);
    const loader = loaderFor(ctx, 'coreClientsHeld', async (ids: readonly number[]) => {
      const runId = await latestCompletedRun(this.dataSource.manager);
      const held =
        runId === null
          ? new Map<number, number>()
          : await coreClientsHeldBy(this.dataSource.manager, runId, ids);
      return ids.map((id) => held.get(id) ?? 0);
    });
    return loader.load(manager.id);
  }
}

/** An RM's standing for core clients is for those who assign books or keep postings. */
function requireStandingReader(actor: Actor): void {
  if (!hasPermission(actor, 'assignment.manage') && !hasPermission(actor, 'manager.manage'))
    throw forbidden();
}
