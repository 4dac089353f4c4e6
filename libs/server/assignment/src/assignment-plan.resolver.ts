import { fromFen, type Actor } from '@corebook/domain';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  badInput,
  pageInfoOf,
  pageSize,
  type RequestContext,
} from '@corebook/server/common';
import { BranchType, OrgService, branchLoader } from '@corebook/server/org';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ApplyService } from './apply.service';
import {
  AssignmentPlanConnection,
  AssignmentPlanType,
  BranchBalanceType,
  PlanItemConnection,
  PlanItemCountType,
  PlanItemFilter,
  PlanManagerLoadType,
  PlanStatisticsType,
} from './assignment.types';
import { PlanningService } from './planning.service';
import { PlansService } from './plans.service';

/** Yuan text of a whole number of fen (the solver's figures are JS numbers). */
const yuan = (fen: number) => fromFen(BigInt(Math.round(fen)));

@Resolver(() => AssignmentPlanType)
export class AssignmentPlanResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly plans: PlansService,
    private readonly applying: ApplyService,
    private readonly org: OrgService,
  ) {}

  @Mutation(() => AssignmentPlanType, {
    description:
      'Plan core-client assignments for a branch (a branch head: their own), or the whole bank (admin, branchId null), from the latest ranking run.',
  })
  @SignedIn('assignment.manage')
  async planAssignment(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
  ): Promise<AssignmentPlanType> {
    const id = await this.planning.plan(actor, branchId ?? null, ctx.requestId);
    return (await this.plans.planById(id))!;
  }

  @Mutation(() => AssignmentPlanType, {
    description:
      'Apply a ready plan in one transaction; CONFLICT when the books changed since it was made.',
  })
  @SignedIn('assignment.manage')
  async applyAssignmentPlan(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('planId', { type: () => Int }) planId: number,
  ): Promise<AssignmentPlanType> {
    await this.applying.apply(actor, planId, ctx.requestId);
    return (await this.plans.planById(planId))!;
  }

  @Mutation(() => AssignmentPlanType, {
    description: 'Set a ready plan aside without applying it.',
  })
  @SignedIn('assignment.manage')
  async discardAssignmentPlan(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('planId', { type: () => Int }) planId: number,
  ): Promise<AssignmentPlanType> {
    await this.applying.discard(actor, planId, ctx.requestId);
    return (await this.plans.planById(planId))!;
  }

  @Query(() => AssignmentPlanType, {
    description: "One plan: a branch head's own branch's, admin any.",
  })
  @SignedIn('assignment.manage')
  assignmentPlan(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
  ): Promise<AssignmentPlanType> {
    return this.plans.plan(actor, id);
  }

  @Query(() => AssignmentPlanConnection, {
    description:
      "Plans, newest first: a branch head's own branch's; admin every plan, one branch's, or only the whole-bank plans (wholeBank).",
  })
  @SignedIn('assignment.manage')
  async assignmentPlans(
    @CurrentActor() actor: Actor,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
    @Args('wholeBank', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Only plans of the whole bank (branch null); admin.',
    })
    wholeBank: boolean,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AssignmentPlanConnection> {
    if (wholeBank && branchId !== null && branchId !== undefined)
      throw badInput('wholeBank', 'Ask for one branch or for the whole bank, not both');
    const scope = wholeBank ? 'bank' : (branchId ?? null);
    const page = await this.plans.plans(actor, scope, pageSize(first), after);
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
    };
  }

  @ResolveField(() => BranchType, { nullable: true, description: 'Null: the whole bank.' })
  branch(
    @Parent() plan: AssignmentPlanType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<BranchType | null> | null {
    return plan.branchId === null ? null : branchLoader(ctx, this.org).load(plan.branchId);
  }

  @ResolveField(() => Boolean, {
    description:
      'A later ranking run re-ranked a branch this plan covers, so applying it will be refused; a run of another branch leaves it current.',
  })
  reRanked(@Parent() plan: AssignmentPlanType): Promise<boolean> {
    return this.plans.reRanked(plan);
  }

  @ResolveField(() => PlanStatisticsType, { nullable: true, description: 'Null until READY.' })
  statistics(@Parent() plan: AssignmentPlanType): PlanStatisticsType | null {
    if (!plan.statisticsJson) return null;
    const { branches: _branches, ...statistics } = plan.statisticsJson;
    return statistics;
  }

  @ResolveField(() => [BranchBalanceType], { description: "Each planned branch's balance." })
  branchBalances(@Parent() plan: AssignmentPlanType): BranchBalanceType[] {
    return (plan.statisticsJson?.branches ?? []).map(
      ({ meanValueFen, maxValueFen, ...balance }) => ({
        ...balance,
        meanValue: yuan(meanValueFen),
        maxValue: yuan(maxValueFen),
      }),
    );
  }

  @ResolveField(() => [PlanManagerLoadType], {
    description: "Each RM's book before and after, optionally of one branch.",
  })
  managers(
    @Parent() plan: AssignmentPlanType,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
  ): Promise<PlanManagerLoadType[]> {
    return this.plans.managers(plan.id, branchId ?? null);
  }

  @ResolveField(() => PlanItemConnection, { description: 'The items, in client id order.' })
  async items(
    @Parent() plan: AssignmentPlanType,
    @Args('filter', { type: () => PlanItemFilter, nullable: true }) filter: PlanItemFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PlanItemConnection> {
    const page = await this.plans.items(plan.id, filter ?? {}, pageSize(first), after);
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
      planId: plan.id,
      filter: filter ?? {},
    };
  }

  @ResolveField(() => [PlanItemCountType], {
    description:
      'How many items per action and reason; of one branch when branchId is given (a whole-bank plan narrowed to a branch).',
  })
  itemCounts(
    @Parent() plan: AssignmentPlanType,
    @Args('branchId', { type: () => Int, nullable: true }) branchId: number | null,
  ): Promise<PlanItemCountType[]> {
    return this.plans.itemCounts(plan.id, branchId ?? null);
  }
}
