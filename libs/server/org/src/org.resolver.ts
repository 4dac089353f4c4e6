import type { Actor } from '@corebook/domain';
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
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgService } from './org.service';
import {
  BranchType,
  RegionType,
  RelationshipManagerConnection,
  RelationshipManagerFilter,
  RelationshipManagerType,
} from './org.types';

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

  @Query(() => RelationshipManagerConnection, {
    description:
      'RMs the caller may see, filtered and paged, by branch then name: HR and admin every branch, a branch head the branch, an RM themself.',
  })
  @SignedIn('org.read')
  async relationshipManagersPage(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => RelationshipManagerFilter, nullable: true })
    filter: RelationshipManagerFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<RelationshipManagerConnection> {
    const page = await this.org.managerPage(actor, filter ?? {}, pageSize(first), after);
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
      totalCount: await this.org.managerCount(actor, filter ?? {}),
    };
  }

  @ResolveField(() => BranchType)
  branch(
    @Parent() manager: RelationshipManagerType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<BranchType | null> {
    return branchLoader(ctx, this.org).load(manager.branchId);
  }
}
