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
import {
  BranchType,
  OrgService,
  RelationshipManagerType,
  branchLoader,
  managerLoader,
} from '@corebook/server/org';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientsService } from './clients.service';
import {
  ClientConnection,
  ClientFilter,
  ClientMonthlyFactType,
  ClientProductType,
  ClientSort,
  ClientType,
} from './clients.types';

/** Batched client rows for parents (plan items, warnings, …) already limited to the caller's scope. */
export function clientLoader(ctx: RequestContext, clients: ClientsService) {
  return loaderFor(ctx, 'clientById', async (ids: readonly string[]) =>
    byKeys(ids, await clients.byIds(ids), (client) => client.id),
  );
}

@Resolver(() => ClientType)
export class ClientsResolver {
  constructor(
    private readonly clientsService: ClientsService,
    private readonly org: OrgService,
  ) {}

  @Query(() => ClientConnection, {
    description: "Clients in the caller's scope: an RM's book, a branch, or the bank.",
  })
  @SignedIn('client.read')
  async clients(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ClientFilter, nullable: true }) filter: ClientFilter | null,
    @Args('sort', { type: () => ClientSort, nullable: true, defaultValue: ClientSort.VALUE_DESC })
    sort: ClientSort,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ClientConnection> {
    const page = await this.clientsService.page(actor, filter ?? {}, sort, pageSize(first), after);
    return { edges: page.edges, pageInfo: pageInfoOf(page), filter: filter ?? {} };
  }

  @Query(() => ClientType, {
    description: 'One client; FORBIDDEN outside your scope, NOT_FOUND if there is none.',
  })
  @SignedIn('client.read')
  client(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ClientType> {
    return this.clientsService.client(actor, id);
  }

  @ResolveField(() => BranchType)
  branch(
    @Parent() client: ClientType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<BranchType | null> {
    return branchLoader(ctx, this.org).load(client.branchId);
  }

  @ResolveField(() => RelationshipManagerType, {
    nullable: true,
    description: 'Current primary RM; null means the branch pool.',
  })
  manager(
    @Parent() client: ClientType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<RelationshipManagerType | null> | null {
    return client.managerId === null ? null : managerLoader(ctx, this.org).load(client.managerId);
  }

  @ResolveField(() => [ClientProductType])
  async products(
    @Parent() client: ClientType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<ClientProductType[]> {
    const loader = loaderFor(ctx, 'clientProducts', async (ids: readonly string[]) => {
      const products = await this.clientsService.productsOf(ids);
      return ids.map((id) => products.filter((product) => product.clientId === id));
    });
    return loader.load(client.id);
  }

  @ResolveField(() => [ClientMonthlyFactType], {
    description: 'The last months of value, oldest first (default 24).',
  })
  async monthlyFacts(
    @Parent() client: ClientType,
    @CurrentRequest() ctx: RequestContext,
    @Args('months', { type: () => Int, defaultValue: 24 }) months: number,
  ): Promise<ClientMonthlyFactType[]> {
    const loader = loaderFor(
      ctx,
      `clientMonthlyFacts:${months}`,
      async (ids: readonly string[]) => {
        const facts = await this.clientsService.monthlyFactsOf(ids, months);
        return ids.map((id) => facts.get(id) ?? []);
      },
    );
    return loader.load(client.id);
  }
}

@Resolver(() => ClientConnection)
export class ClientConnectionResolver {
  constructor(private readonly clients: ClientsService) {}

  @ResolveField(() => Int, {
    description: 'How many clients match the filter (counted only when asked).',
  })
  totalCount(
    @Parent() connection: ClientConnection,
    @CurrentActor() actor: Actor,
  ): Promise<number> {
    return this.clients.count(actor, connection.filter);
  }
}
