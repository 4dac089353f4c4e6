import {
  VALUE_MATRIX_CELLS,
  type LifecycleStage,
  type RankingScope,
  type ValueMatrixCell,
  type ValueTier,
} from '@corebook/domain';
import { LifecycleStageEnum, ValueTierEnum } from '@corebook/server/clients';
import { DateScalar, DecimalScalar, ConnectionOf, enumOf } from '@corebook/server/common';
import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

export const ValueMatrixCellEnum = enumOf<ValueMatrixCell>(VALUE_MATRIX_CELLS);
registerEnumType(ValueMatrixCellEnum, {
  name: 'ValueMatrixCell',
  description:
    'Customer value matrix: STRATEGIC (core, high potential), MAINTAIN (core), DEVELOP (high potential), BASIC.',
});
export const RankingScopeEnum = enumOf<RankingScope>(['BANK', 'BRANCH']);
registerEnumType(RankingScopeEnum, { name: 'RankingScope' });
export type RankingRunStatus = 'RUNNING' | 'COMPLETED' | 'FAILED';
export const RankingRunStatusEnum = enumOf<RankingRunStatus>(['RUNNING', 'COMPLETED', 'FAILED']);
registerEnumType(RankingRunStatusEnum, { name: 'RankingRunStatus' });
export type RankingFiguresScope = 'BANK' | 'BRANCH';
export const RankingFiguresScopeEnum = enumOf<RankingFiguresScope>(['BANK', 'BRANCH']);
registerEnumType(RankingFiguresScopeEnum, { name: 'RankingFiguresScope' });

export type CoreChange = 'ENTERED' | 'LEFT';
export const CoreChangeEnum = enumOf<CoreChange>(['ENTERED', 'LEFT']);
registerEnumType(CoreChangeEnum, { name: 'CoreChange' });

@ObjectType('RankingSettings')
export class RankingSettingsType {
  @Field(() => RankingScopeEnum) scope!: RankingScope;
  @Field(() => Float) corePercent!: number;
  @Field(() => Float) contributionWeight!: number;
  @Field(() => Float) aumWeight!: number;
  @Field(() => Float) platinumPercent!: number;
  @Field(() => Float) goldPercent!: number;
  @Field(() => Float) silverPercent!: number;
  @Field(() => Int) explorationMonths!: number;
  @Field(() => Int) formationMonths!: number;
  @Field(() => Float) formationGrowthPercent!: number;
  @Field(() => Float) declineValueDropPercent!: number;
  @Field(() => Float) declineActivityDropPercent!: number;
  @Field(() => Float) potentialGrowthPercent!: number;
  @Field(() => Int) potentialProductGaps!: number;
  @Field({
    description: "Branch heads see the bank's totals and Pareto curve, not only their branch's.",
  })
  bankFiguresForBranchHeads!: boolean;
  @Field(() => Int, { description: 'Optimistic version; absent on a run’s copy.', nullable: true })
  version!: number | null;
}

@InputType()
export class RankingSettingsInput {
  @Field(() => RankingScopeEnum) scope!: RankingScope;
  @Field(() => Float) corePercent!: number;
  @Field(() => Float) contributionWeight!: number;
  @Field(() => Float) aumWeight!: number;
  @Field(() => Float) platinumPercent!: number;
  @Field(() => Float) goldPercent!: number;
  @Field(() => Float) silverPercent!: number;
  @Field(() => Int) explorationMonths!: number;
  @Field(() => Int) formationMonths!: number;
  @Field(() => Float) formationGrowthPercent!: number;
  @Field(() => Float) declineValueDropPercent!: number;
  @Field(() => Float) declineActivityDropPercent!: number;
  @Field(() => Float) potentialGrowthPercent!: number;
  @Field(() => Int) potentialProductGaps!: number;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Branch heads see the bank's totals and Pareto curve; absent keeps the current choice.",
  })
  bankFiguresForBranchHeads?: boolean | null;
}

@ObjectType()
export class TierCount {
  @Field(() => ValueTierEnum) tier!: ValueTier;
  @Field(() => Int) clients!: number;
}

@ObjectType('RankingRun', {
  description: 'One ranking of every client by value, kept for comparison.',
})
export class RankingRunType {
  @Field(() => Int) id!: number;
  @Field(() => DateScalar) effectiveOn!: string;
  @Field(() => DateScalar, { nullable: true, description: 'The latest month of facts counted.' })
  lastFactMonth!: string | null;
  @Field(() => RankingRunStatusEnum) status!: RankingRunStatus;
  @Field(() => Int, { description: '0-100 while running.' }) progress!: number;
  @Field(() => String, { nullable: true }) step!: string | null;
  @Field(() => GraphQLISODateTime) startedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true }) startedByName!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int, { nullable: true }) previousRunId!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "The one branch the run re-ranked (the others kept the previous run's rows); null: the whole bank.",
  })
  rankedBranchId!: number | null;
  @Field(() => String, { nullable: true }) rankedBranchName!: string | null;
  @Field(() => RankingFiguresScopeEnum, {
    description:
      "Whose figures the counts and values are: the bank's, or (a branch head, unless bankFiguresForBranchHeads) the branch's, with the bank-only ones null.",
  })
  figuresScope!: RankingFiguresScope;
  @Field(() => Int, { nullable: true }) clientCount!: number | null;
  @Field(() => Int, { nullable: true }) coreCount!: number | null;
  @Field(() => DecimalScalar, { nullable: true }) totalValue!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) coreValue!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share (0-1) of all value held by the core clients.',
  })
  coreValueShare!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Clients that became core since the previous run.',
  })
  enteredCore!: number | null;
  @Field(() => Int, { nullable: true, description: 'Clients that stopped being core.' })
  leftCore!: number | null;
  @Field(() => Int, { nullable: true, description: 'Core clients that entered decline.' })
  earlyWarnings!: number | null;
  @Field(() => [TierCount], { nullable: true }) tierCounts!: TierCount[] | null;
  @Field(() => RankingSettingsType, { description: 'The settings the run used.' })
  settings!: RankingSettingsType;
}

@ObjectType()
export class RankingRunConnection extends ConnectionOf(RankingRunType, 'RankingRun') {}

@ObjectType('RfmScore', { description: 'Recency, frequency, monetary quintile scores, 5 best.' })
export class RfmScoreType {
  @Field(() => Int) recency!: number;
  @Field(() => Int) frequency!: number;
  @Field(() => Int) monetary!: number;
}

@ObjectType('ClientRanking', { description: "A client's place in one ranking run." })
export class ClientRankingType {
  @Field(() => Int) runId!: number;
  @Field(() => DateScalar) effectiveOn!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day of the latest month of facts the run ranked on.',
  })
  lastFactMonth!: string | null;
  clientId!: string;
  @Field(() => DecimalScalar, { description: 'Weighted contribution and AUM, yuan.' })
  value!: string;
  @Field(() => DecimalScalar) contribution12m!: string;
  @Field(() => DecimalScalar) aum!: string;
  @Field(() => Int, { description: '1 = most valuable in the scope.' }) valueRank!: number;
  @Field(() => Int) scopeSize!: number;
  @Field() core!: boolean;
  @Field(() => ValueTierEnum) tier!: ValueTier;
  @Field(() => RfmScoreType) rfm!: RfmScoreType;
  @Field(() => Float, { nullable: true, description: 'Year-on-year contribution growth, %.' })
  growthPercent!: number | null;
  @Field(() => Int, { description: 'Product types (of 5) the client does not hold.' })
  productGaps!: number;
  @Field(() => LifecycleStageEnum) lifecycleStage!: LifecycleStage;
  @Field(() => ValueMatrixCellEnum) matrixCell!: ValueMatrixCell;
}

@ObjectType()
export class ParetoCurve {
  @Field(() => Int) clients!: number;
  @Field(() => DecimalScalar) totalValue!: string;
  @Field(() => Float, { description: 'Share (0-1) of value held by the top 20% of clients.' })
  top20Share!: number;
  @Field(() => [Float], {
    description:
      'Cumulative share of value held by the top slices of clients, most valuable first.',
  })
  points!: number[];
}

@ObjectType()
export class BranchPareto {
  branchId!: number;
  @Field(() => Int) coreClients!: number;
  @Field(() => DecimalScalar) coreValue!: string;
  @Field(() => Float, {
    description: 'Share (0-1) of the branch’s value held by its core clients.',
  })
  coreValueShare!: number;
  @Field(() => ParetoCurve) curve!: ParetoCurve;
}

@ObjectType('Pareto', { description: 'How concentrated value is, bank-wide and per branch.' })
export class ParetoType {
  @Field(() => Int) runId!: number;
  @Field(() => DateScalar) effectiveOn!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day of the latest month of facts the run ranked on.',
  })
  lastFactMonth!: string | null;
  @Field(() => ParetoCurve, {
    nullable: true,
    description: 'The whole bank; null for a branch head unless bankFiguresForBranchHeads.',
  })
  bank!: ParetoCurve | null;
  @Field(() => [BranchPareto], { description: 'The branches in your scope.' })
  branches!: BranchPareto[];
}

@ObjectType()
export class CoreSetChange {
  clientId!: string;
  @Field(() => CoreChangeEnum) change!: CoreChange;
  @Field(() => DecimalScalar, { nullable: true }) valueBefore!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) valueNow!: string | null;
  @Field(() => ValueTierEnum, { nullable: true }) tierBefore!: ValueTier | null;
  @Field(() => ValueTierEnum, { nullable: true }) tierNow!: ValueTier | null;
}

@ObjectType()
export class CoreSetChangeConnection extends ConnectionOf(CoreSetChange, 'CoreSetChange') {
  @Field(() => Int) totalCount!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'The run compared with; null for the first run.',
  })
  previousRunId!: number | null;
}

@ObjectType('EarlyWarning', { description: 'A core client entering decline: retain them.' })
export class EarlyWarningType {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field(() => Int) runId!: number;
  clientId!: string;
  @Field(() => GraphQLISODateTime) raisedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => String, { nullable: true }) acknowledgedByName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What was done, given when acknowledged (null before action notes were kept).',
  })
  actionNote!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When to follow up, if set.' })
  followUpOn!: string | null;
}

@ObjectType()
export class EarlyWarningConnection extends ConnectionOf(EarlyWarningType, 'EarlyWarning') {
  @Field(() => Int) totalCount!: number;
}
