import { MANUAL_MOVE_REASONS, type ManualMoveReason, type ValueTier } from '@corebook/domain';
import { ValueTierEnum } from '@corebook/server/clients';
import { DecimalScalar, ConnectionOf } from '@corebook/server/common';
import { ManagerStatusValue } from '@corebook/server/org';
import {
  Field,
  Float,
  GraphQLISODateTime,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

export enum PlanStatusValue {
  PLANNING = 'PLANNING',
  READY = 'READY',
  APPLIED = 'APPLIED',
  DISCARDED = 'DISCARDED',
  SUPERSEDED = 'SUPERSEDED',
  FAILED = 'FAILED',
}
registerEnumType(PlanStatusValue, {
  name: 'AssignmentPlanStatus',
  description:
    'PLANNING while the job runs; READY to preview and apply; APPLIED, DISCARDED, SUPERSEDED (a newer plan covers it) or FAILED.',
});

export enum PlanTriggerValue {
  MANUAL = 'MANUAL',
  RM_CHANGED = 'RM_CHANGED',
}
registerEnumType(PlanTriggerValue, {
  name: 'AssignmentPlanTrigger',
  description: 'MANUAL: asked for; RM_CHANGED: made when an RM left, lost eligibility or capacity.',
});

export const ManualMoveReasonEnum = Object.fromEntries(
  MANUAL_MOVE_REASONS.map((reason) => [reason, reason]),
) as { [K in ManualMoveReason]: K };
registerEnumType(ManualMoveReasonEnum, {
  name: 'ManualMoveReason',
  description: 'Why a client is moved by hand; OTHER needs a longer note.',
});

export enum PlanActionValue {
  KEEP = 'KEEP',
  ASSIGN = 'ASSIGN',
  MOVE = 'MOVE',
  RELEASE = 'RELEASE',
  UNPLACED = 'UNPLACED',
}
registerEnumType(PlanActionValue, {
  name: 'AssignmentPlanAction',
  description:
    'What a plan does with a client; UNPLACED: a core client the branch cannot place now.',
});

export enum PlanReasonValue {
  KEPT = 'KEPT',
  NEW_CORE_CLIENT = 'NEW_CORE_CLIENT',
  RM_INELIGIBLE = 'RM_INELIGIBLE',
  RM_OTHER_BRANCH = 'RM_OTHER_BRANCH',
  RM_OVER_CAPACITY = 'RM_OVER_CAPACITY',
  BALANCE = 'BALANCE',
  NOT_CORE = 'NOT_CORE',
  NO_ELIGIBLE_RM = 'NO_ELIGIBLE_RM',
  ALL_RMS_FULL = 'ALL_RMS_FULL',
}
registerEnumType(PlanReasonValue, {
  name: 'AssignmentPlanReason',
  description: 'Why a plan item does what it does (machine-readable; the portal translates).',
});

export enum IneligibleReasonValue {
  LEFT = 'LEFT',
  PROBATION = 'PROBATION',
  TRAINING_POINTS = 'TRAINING_POINTS',
}
registerEnumType(IneligibleReasonValue, {
  name: 'IneligibleReason',
  description:
    'Why an RM may not hold core clients: left the bank, on probation (unless allowed), or below the training minimum.',
});

// ---------------------------------------------------------------- settings

@ObjectType()
@InputType('TierWorkloadInput')
export class TierWorkload {
  @Field(() => ValueTierEnum) tier!: ValueTier;
  @Field(() => Int, { description: 'Service workload of one core client of this tier.' })
  workload!: number;
}

@ObjectType('AssignmentSettings', { description: 'Rule settings of the assignment solver.' })
export class AssignmentSettingsType {
  @Field(() => [TierWorkload]) workloadByTier!: TierWorkload[];
  @Field(() => Float, {
    description: "A kept pair may leave its RM at most this much above the branch's target.",
  })
  balanceTolerance!: number;
  @Field(() => Float, {
    description: "Share (0-1) of a branch's core clients one plan may move for balance alone.",
  })
  maxBalanceMoveShare!: number;
  @Field() allowProbation!: boolean;
  @Field() requireTrainingMinimum!: boolean;
  @Field(() => Int) version!: number;
}

@InputType()
export class AssignmentSettingsInput {
  @Field(() => [TierWorkload]) workloadByTier!: TierWorkload[];
  @Field(() => Float) balanceTolerance!: number;
  @Field(() => Float) maxBalanceMoveShare!: number;
  @Field() allowProbation!: boolean;
  @Field() requireTrainingMinimum!: boolean;
}

// ---------------------------------------------------------------- plans

@ObjectType('AssignmentPlanStatistics', { description: 'Totals of a plan and its worst balance.' })
export class PlanStatisticsType {
  @Field(() => Int) clients!: number;
  @Field(() => Int) keeps!: number;
  @Field(() => Int) assigns!: number;
  @Field(() => Int) moves!: number;
  @Field(() => Int) releases!: number;
  @Field(() => Int) unplaced!: number;
  @Field(() => Int, { description: 'Moves made for balance alone.' }) balanceMoves!: number;
  @Field(() => Float, { description: 'Kept pairs / core clients that had an RM before.' })
  keptShare!: number;
  @Field(() => Float, { description: "The worst branch's max / mean workload." })
  maxMeanWorkloadRatio!: number;
  @Field(() => Float, { description: 'The best any plan could do, given the biggest clients.' })
  workloadLowerBoundRatio!: number;
  @Field(() => Float) maxMeanValueRatio!: number;
  @Field(() => Float) valueLowerBoundRatio!: number;
  @Field(() => Int, { description: 'Time the solver itself took.' }) solverMs!: number;
}

@ObjectType('AssignmentBranchBalance', { description: "One branch's books after the plan." })
export class BranchBalanceType {
  branchId!: number;
  @Field(() => Int) eligibleManagers!: number;
  @Field(() => Int) coreClients!: number;
  @Field(() => Int) unplaced!: number;
  @Field(() => Float) meanWorkload!: number;
  @Field(() => Float) maxWorkload!: number;
  @Field(() => Float) maxMeanWorkloadRatio!: number;
  @Field(() => Float) workloadLowerBoundRatio!: number;
  @Field(() => DecimalScalar, { description: 'Mean book value, yuan.' }) meanValue!: string;
  @Field(() => DecimalScalar, { description: 'Largest book value, yuan.' }) maxValue!: string;
  @Field(() => Float) maxMeanValueRatio!: number;
  @Field(() => Float) valueLowerBoundRatio!: number;
}

@ObjectType('AssignmentPlan', {
  description: 'Keep / assign / move / release items for core clients, previewed before applying.',
})
export class AssignmentPlanType {
  @Field(() => Int) id!: number;
  /** NULL: the whole bank. */
  branchId!: number | null;
  @Field(() => Int) rankingRunId!: number;
  @Field(() => PlanStatusValue) status!: PlanStatusValue;
  @Field(() => Int, { description: '0-100 while planning.' }) progress!: number;
  @Field(() => PlanTriggerValue) trigger!: PlanTriggerValue;
  @Field(() => String, { nullable: true, description: 'Why planning failed.' }) error!:
    string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  /** The solver's totals, branch balances and timing (jsonb), null until READY. */
  statisticsJson!: StoredStatistics | null;
}

/** What a plan row keeps in its statistics column. */
export interface StoredStatistics extends Omit<PlanStatisticsType, 'solverMs'> {
  solverMs: number;
  branches: StoredBranchBalance[];
}

export interface StoredBranchBalance {
  branchId: number;
  eligibleManagers: number;
  coreClients: number;
  unplaced: number;
  meanWorkload: number;
  maxWorkload: number;
  maxMeanWorkloadRatio: number;
  workloadLowerBoundRatio: number;
  meanValueFen: number;
  maxValueFen: number;
  maxMeanValueRatio: number;
  valueLowerBoundRatio: number;
}

@ObjectType()
export class AssignmentPlanConnection extends ConnectionOf(AssignmentPlanType, 'AssignmentPlan') {}

@ObjectType('PlanManagerLoad', { description: "One RM's book before and after a plan." })
export class PlanManagerLoadType {
  managerId!: number;
  branchId!: number;
  @Field(() => Int, { description: 'Core-client capacity when planned.' }) capacity!: number;
  @Field() eligible!: boolean;
  @Field(() => IneligibleReasonValue, { nullable: true })
  ineligibleReason!: IneligibleReasonValue | null;
  @Field(() => Int, { description: 'Every client held before (core or not).' })
  clientsBefore!: number;
  @Field(() => Int) workloadBefore!: number;
  @Field(() => DecimalScalar, { description: 'Value of the book before, yuan.' })
  valueBefore!: string;
  @Field(() => Int, { description: 'Core clients held after.' }) clientsAfter!: number;
  @Field(() => Int) workloadAfter!: number;
  @Field(() => DecimalScalar, { description: 'Value of the core book after, yuan.' })
  valueAfter!: string;
}

@ObjectType('PlanItem', { description: 'What the plan does with one client.' })
export class PlanItemType {
  clientId!: string;
  branchId!: number;
  @Field(() => PlanActionValue) action!: PlanActionValue;
  @Field(() => PlanReasonValue) reason!: PlanReasonValue;
  fromManagerId!: number | null;
  toManagerId!: number | null;
  @Field(() => ValueTierEnum, { nullable: true, description: 'Value tier in the ranking run.' })
  tier!: ValueTier | null;
  @Field(() => Int) workload!: number;
  @Field(() => DecimalScalar, { description: 'Value in the ranking run, yuan.' }) value!: string;
}

@InputType()
export class PlanItemFilter {
  @Field(() => PlanActionValue, { nullable: true }) action?: PlanActionValue | null;
  @Field(() => PlanReasonValue, { nullable: true }) reason?: PlanReasonValue | null;
  @Field(() => Int, { nullable: true, description: 'Items moving from or to this RM.' })
  managerId?: number | null;
  @Field(() => Int, { nullable: true }) branchId?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Part of the client name, or the exact client number.',
  })
  search?: string | null;
}

@ObjectType()
export class PlanItemConnection extends ConnectionOf(PlanItemType, 'PlanItem') {
  /** Kept for the totalCount field, which counts only when asked. */
  planId!: number;
  filter!: PlanItemFilter;
}

@ObjectType('PlanItemCount')
export class PlanItemCountType {
  @Field(() => PlanActionValue) action!: PlanActionValue;
  @Field(() => PlanReasonValue) reason!: PlanReasonValue;
  @Field(() => Int) count!: number;
}

// ---------------------------------------------------------------- history

@ObjectType('AssignmentPeriod', {
  description: 'A period in which one RM was the primary RM of a client, who decided and why.',
})
export class AssignmentPeriodType {
  clientId!: string;
  managerId!: number;
  @Field(() => GraphQLISODateTime) startedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null: the current RM.' })
  endedAt!: Date | null;
  @Field(() => String, { nullable: true }) startedByName!: string | null;
  @Field({ description: "A plan's reason code, MANUAL or INITIAL." }) startReason!: string;
  @Field(() => ManualMoveReasonEnum, {
    nullable: true,
    description: 'Why the client was moved here by hand (MANUAL; null before reason codes).',
  })
  startReasonCode!: ManualMoveReason | null;
  @Field(() => String, { nullable: true, description: "The branch head's reason (MANUAL)." })
  startNote!: string | null;
  @Field(() => String, { nullable: true }) endedByName!: string | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => ManualMoveReasonEnum, {
    nullable: true,
    description: 'Why the client was moved away by hand.',
  })
  endReasonCode!: ManualMoveReason | null;
  @Field(() => String, { nullable: true }) endNote!: string | null;
  @Field(() => Int, { nullable: true, description: 'The plan that made the assignment.' })
  planId!: number | null;
}

// ---------------------------------------------------------------- postings

@InputType({ description: "An RM's posting: status and core-client capacity." })
export class RelationshipManagerUpdateInput {
  @Field(() => Int) id!: number;
  @Field(() => ManagerStatusValue) status!: ManagerStatusValue;
  @Field(() => Int, { description: 'How many core clients the RM can serve (0-1000).' })
  coreCapacity!: number;
  @Field(() => Int, { description: 'The version read; CONFLICT when stale.' }) version!: number;
}
