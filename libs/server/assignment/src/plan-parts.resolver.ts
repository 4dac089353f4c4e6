import { CurrentRequest, type RequestContext } from '@corebook/server/common';
import { ClientType, ClientsService, clientLoader } from '@corebook/server/clients';
import {
  BranchType,
  OrgService,
  RelationshipManagerType,
  branchLoader,
  managerLoader,
} from '@corebook/server/org';
import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  BranchBalanceType,
  PlanItemConnection,
  PlanItemType,
  PlanManagerLoadType,
} from './assignment.types';
import { PlansService } from './plans.service';

/** The nested parts of a plan; the plan itself already passed the access gate. */
@Resolver(() => PlanItemType)
export class PlanItemResolver {
  constructor(
    private readonly clients: ClientsService,
    private readonly org: OrgService,
  ) {}

  @ResolveField(() => ClientType, {
    description: "A client of the plan's scope, which the caller may plan for.",
  })
  client(
    @Parent() item: PlanItemType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<ClientType | null> {
    return clientLoader(ctx, this.clients).load(item.clientId);
  }

  @ResolveField(() => RelationshipManagerType, {
    nullable: true,
    description: 'The RM before the plan; null: the branch pool.',
  })
  fromManager(
    @Parent() item: PlanItemType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<RelationshipManagerType | null> | null {
    return item.fromManagerId === null
      ? null
      : managerLoader(ctx, this.org).load(item.fromManagerId);
  }

  @ResolveField(() => RelationshipManagerType, {
    nullable: true,
    description: 'The RM after the plan; null: the branch pool.',
  })
  toManager(
    @Parent() item: PlanItemType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<RelationshipManagerType | null> | null {
    return item.toManagerId === null ? null : managerLoader(ctx, this.org).load(item.toManagerId);
  }
}

@Resolver(() => PlanItemConnection)
export class PlanItemConnectionResolver {
  constructor(private readonly plans: PlansService) {}

  @ResolveField(() => Int, { description: 'Items matching the filter.' })
  totalCount(@Parent() connection: PlanItemConnection): Promise<number> {
    return this.plans.itemCount(connection.planId, connection.filter);
  }
}

@Resolver(() => PlanManagerLoadType)
export class PlanManagerLoadResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => RelationshipManagerType)
  manager(
    @Parent() load: PlanManagerLoadType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<RelationshipManagerType | null> {
    return managerLoader(ctx, this.org).load(load.managerId);
  }

  @ResolveField(() => BranchType)
  branch(
    @Parent() load: PlanManagerLoadType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<BranchType | null> {
    return branchLoader(ctx, this.org).load(load.branchId);
  }
}

@Resolver(() => BranchBalanceType)
export class BranchBalanceResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => BranchType)
  branch(
    @Parent() balance: BranchBalanceType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<BranchType | null> {
    return branchLoader(ctx, this.org).load(balance.branchId);
  }
}
