import type { Actor } from '@corebook/domain';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  byKeys,
  loaderFor,
  type RequestContext,
} from '@corebook/server/common';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgService } from './org.service';
import { BranchType, RegionType, RelationshipManagerType } from './org.types';

/** Batched lookups other areas use to resolve branch and RM fields. */
export function branchLoader(ctx: RequestContext, org: OrgService) {
  return loaderFor(ctx, 'branch', async (ids: readonly number[]) =>
    byKeys(ids, await org.branchesByIds(ids), (branch) => branch.id),
  );
}

export function managerLoader(ctx: RequestContext, org: OrgService) {
  return loaderFor(ctx, 'manager', async (ids: readonly number[]) =>
    byKeys(ids, await org.managersByIds(ids), (manager) => manager.id),
  );
}

@Resolver(() => BranchType)
export class BranchResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => [BranchType], { description: 'Branches the caller works with.' })
  @SignedIn('org.read')
  branches(@CurrentActor() actor: Actor): Promise<BranchType[]> {
    return this.org.branches(actor);
  }

  @ResolveField(() => RegionType)
  async region(
    @Parent() branch: BranchType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<RegionType | null> {
    const regions = loaderFor(ctx, 'region', async (ids: readonly number[]) =>
      byKeys(ids, await this.org.regionsByIds(ids), (region) => region.id),
    );
    return regions.load(branch.regionId);
  }
}

@Resolver(() => RelationshipManagerType)
export class RelationshipManagerResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => [RelationshipManagerType], {
    description: 'RMs the caller may see, optionally of one branch.',
  })
  @SignedIn('org.read')
  relationshipManagers(
    @CurrentActor() actor: Actor,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
  ): Promise<RelationshipManagerType[]> {
    return this.org.managers(actor, branchId ?? null);
  }

  @ResolveField(() => BranchType)
  branch(
    @Parent() manager: RelationshipManagerType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<BranchType | null> {
    return branchLoader(ctx, this.org).load(manager.branchId);
  }
}
