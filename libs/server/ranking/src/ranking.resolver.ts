import {
  ACTION_NOTE_MAX,
  ACTION_NOTE_MIN,
  FOLLOW_UP_MAX_DAYS,
  type Actor,
  type RankingSettings,
} from '@corebook/domain';
import type { Versioned } from '@corebook/server/audit';
import {
  ClientType,
  ClientsService,
  LifecycleStageEnum,
  ValueTierEnum,
  clientLoader,
} from '@corebook/server/clients';
import {
  CurrentActor,
  CurrentRequest,
  DateScalar,
  SignedIn,
  loaderFor,
  pageInfoOf,
  pageSize,
  type RequestContext,
} from '@corebook/server/common';
import { BranchType, OrgService, branchLoader } from '@corebook/server/org';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EarlyWarningsService } from './early-warnings.service';
import { RankingRunService } from './ranking-run.service';
import { RankingSettingsService } from './ranking-settings.service';
import { RankingsService } from './rankings.service';
import {
  BranchPareto,
  ClientRankingType,
  CoreChangeEnum,
  CoreSetChange,
  CoreSetChangeConnection,
  EarlyWarningConnection,
  EarlyWarningType,
  ParetoType,
  RankingRunConnection,
  RankingRunType,
  RankingSettingsInput,
  RankingSettingsType,
  RfmScoreType,
  ValueMatrixCellEnum,
  type CoreChange,
} from './ranking.types';

const toSettingsType = ({
  settings,
  version,
}: Versioned<RankingSettings>): RankingSettingsType => ({
  ...settings,
  version,
});

@Resolver(() => RankingRunType)
export class RankingResolver {
  constructor(
    private readonly runner: RankingRunService,
    private readonly rankings: RankingsService,
    private readonly rules: RankingSettingsService,
  ) {}

  @Mutation(() => RankingRunType, {
    description:
      'Re-rank every client by value as of effectiveOn (default today): core set, tiers, RFM, lifecycle, early warnings (admin). With branchId, where the rules rank each branch on its own, re-rank that branch only (its branch head or admin); the other branches keep their rankings. Progress shows on rankingRuns while it runs.',
  })
  // The gate in RankingRunService decides: a bank-wide run needs ranking.run.
  @SignedIn('ranking.runBranch')
  runCoreRanking(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('effectiveOn', { type: () => String, nullable: true }) effectiveOn: string | null,
    @Args('branchId', {
      type: () => Int,
      nullable: true,
      description:
        'Re-rank this branch only (where the rules rank each branch on its own); omitted: the whole bank.',
    })
    branchId: number | null,
  ): Promise<RankingRunType> {
    return this.runner.run(actor, effectiveOn ?? null, ctx.requestId, branchId ?? null);
  }

  @Query(() => RankingRunConnection, { description: 'Ranking runs, newest first.' })
  @SignedIn('ranking.read')
  async rankingRuns(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<RankingRunConnection> {
    const page = await this.rankings.runs(actor, pageSize(first), after);
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
    };
  }

  @Query(() => RankingRunType)
  @SignedIn('ranking.read')
  rankingRun(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
  ): Promise<RankingRunType> {
    return this.rankings.runById(actor, id);
  }

  @Query(() => ParetoType, {
    nullable: true,
    description:
      'Value concentration of a completed run (default the latest, null before the first): bank-wide and your branches.',
  })
  @SignedIn('ranking.read')
  pareto(
    @CurrentActor() actor: Actor,
    @Args('runId', { type: () => Int, nullable: true }) runId: number | null,
  ): Promise<ParetoType | null> {
    return this.rankings.pareto(actor, runId ?? null);
  }

  @Query(() => CoreSetChangeConnection, {
    description:
      'Clients that entered or left the core set in a run (default the latest), by client id.',
  })
  @SignedIn('ranking.read')
  async coreSetChanges(
    @CurrentActor() actor: Actor,
    @Args('change', { type: () => CoreChangeEnum }) change: CoreChange,
    @Args('runId', { type: () => Int, nullable: true }) runId: number | null,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CoreSetChangeConnection> {
    // An omitted argument arrives as undefined: "none" is null for the services.
    const page = await this.rankings.coreSetChanges(actor, {
      runId: runId ?? null,
      branchId: branchId ?? null,
      change,
      first: pageSize(first),
      after,
    });
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
      totalCount: page.totalCount,
      previousRunId: page.previousRunId,
    };
  }

  @Query(() => RankingSettingsType, { description: 'Ranking rule settings.' })
  @SignedIn('ranking.read')
  async rankingSettings(): Promise<RankingSettingsType> {
    return toSettingsType(await this.rules.current());
  }

  @Mutation(() => RankingSettingsType, {
    description: 'Change the ranking rules (admin); audited.',
  })
  @SignedIn('settings.manage')
  async updateRankingSettings(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input', { type: () => RankingSettingsInput }) input: RankingSettingsInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<RankingSettingsType> {
    return toSettingsType(
      await this.rules.updateSettings(actor, { ...input }, version, ctx.requestId),
    );
  }
}

@Resolver(() => BranchPareto)
export class BranchParetoResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => BranchType)
  branch(@Parent() row: BranchPareto, @CurrentRequest() ctx: RequestContext) {
    return branchLoader(ctx, this.org).load(row.branchId);
  }
}

@Resolver(() => CoreSetChange)
export class CoreSetChangeResolver {
  constructor(private readonly clients: ClientsService) {}

  @ResolveField(() => ClientType)
  client(@Parent() row: CoreSetChange, @CurrentRequest() ctx: RequestContext) {
    return clientLoader(ctx, this.clients).load(row.clientId);
  }
}

@Resolver(() => EarlyWarningType)
export class EarlyWarningResolver {
  constructor(
    private readonly warnings: EarlyWarningsService,
    private readonly clients: ClientsService,
  ) {}

  @Query(() => EarlyWarningConnection, {
    description: 'Early warnings for clients in your scope, newest first (open ones unless asked).',
  })
  @SignedIn('client.read')
  async earlyWarnings(
    @CurrentActor() actor: Actor,
    @Args('includeAcknowledged', { type: () => Boolean, defaultValue: false })
    includeAcknowledged: boolean,
    @Args('clientId', { type: () => String, nullable: true }) clientId: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<EarlyWarningConnection> {
    const page = await this.warnings.page(actor, {
      includeAcknowledged,
      clientId: clientId ?? null,
      first: pageSize(first),
      after,
    });
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => EarlyWarningType, {
    description:
      'Act on a warning: say what was done (note) and optionally when to follow up; kept as the warning’s history.',
  })
  @SignedIn('client.read')
  acknowledgeEarlyWarning(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', { type: () => String }) id: string,
    @Args('note', {
      description: `What was done: ${ACTION_NOTE_MIN} to ${ACTION_NOTE_MAX} characters.`,
    })
    note: string,
    @Args('followUpOn', {
      type: () => DateScalar,
      nullable: true,
      description: `When to follow up: from today to ${FOLLOW_UP_MAX_DAYS} days ahead.`,
    })
    followUpOn: string | null | undefined,
  ): Promise<EarlyWarningType> {
    return this.warnings.acknowledge(
      actor,
      id,
      { note, followUpOn: followUpOn ?? null },
      ctx.requestId,
    );
  }

  @ResolveField(() => ClientType)
  client(@Parent() row: EarlyWarningType, @CurrentRequest() ctx: RequestContext) {
    return clientLoader(ctx, this.clients).load(row.clientId);
  }
}

/** Segment fields on Client, from the latest completed ranking run (null before the first). */
@Resolver(() => ClientType)
export class ClientRankingResolver {
  constructor(private readonly rankings: RankingsService) {}

  private current(client: ClientType, ctx: RequestContext): Promise<ClientRankingType | null> {
    const loader = loaderFor(ctx, 'currentRanking', async (ids: readonly string[]) => {
      const rows = await this.rankings.currentRankingsOf(ids);
      const byId = new Map(rows.map((row) => [row.clientId, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    return loader.load(client.id);
  }

  @ResolveField(() => ClientRankingType, {
    nullable: true,
    description: 'The client in the latest ranking run; null before the first run.',
  })
  ranking(@Parent() client: ClientType, @CurrentRequest() ctx: RequestContext) {
    return this.current(client, ctx);
  }

  @ResolveField(() => Boolean, { description: 'A core client in the latest ranking run.' })
  async core(@Parent() client: ClientType, @CurrentRequest() ctx: RequestContext) {
    return (await this.current(client, ctx))?.core ?? false;
  }

  @ResolveField(() => ValueTierEnum, { nullable: true })
  async tier(@Parent() client: ClientType, @CurrentRequest() ctx: RequestContext) {
    return (await this.current(client, ctx))?.tier ?? null;
  }

  @ResolveField(() => RfmScoreType, { nullable: true })
  async rfm(@Parent() client: ClientType, @CurrentRequest() ctx: RequestContext) {
    return (await this.current(client, ctx))?.rfm ?? null;
  }

  @ResolveField(() => LifecycleStageEnum, { nullable: true })
  async lifecycleStage(@Parent() client: ClientType, @CurrentRequest() ctx: RequestContext) {
    return (await this.current(client, ctx))?.lifecycleStage ?? null;
  }

  @ResolveField(() => ValueMatrixCellEnum, { nullable: true })
  async valueMatrixCell(@Parent() client: ClientType, @CurrentRequest() ctx: RequestContext) {
    return (await this.current(client, ctx))?.matrixCell ?? null;
  }

  @ResolveField(() => [ClientRankingType], {
    description: 'Value, rank and tier in the latest ranking runs, newest first (default 12).',
  })
  rankingHistory(
    @Parent() client: ClientType,
    @Args('runs', { type: () => Int, defaultValue: 12 }) runs: number,
  ): Promise<ClientRankingType[]> {
    return this.rankings.rankingHistoryOf(client.id, runs);
  }
}
