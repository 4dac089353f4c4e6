import {
  COMPLAINT_BUSINESSES,
  COMPLAINT_CAUSES,
  COMPLAINT_CHANNELS,
  COMPLAINT_COMPLEXITIES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  type ClockStanding,
  type ComplaintBusiness,
  type ComplaintCause,
  type ComplaintChannel,
  type ComplaintComplexity,
  type ComplaintSeverity,
  type ComplaintStatus,
  type Role,
} from '@corebook/domain';
import { ConnectionOf, DateScalar, DecimalScalar, enumOf } from '@corebook/server/common';
import { RoleValue } from '@corebook/server/org';
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

export const ComplaintChannelEnum = enumOf<ComplaintChannel>(COMPLAINT_CHANNELS);
registerEnumType(ComplaintChannelEnum, { name: 'ComplaintChannel' });
export const ComplaintBusinessEnum = enumOf<ComplaintBusiness>(COMPLAINT_BUSINESSES);
registerEnumType(ComplaintBusinessEnum, {
  name: 'ComplaintBusiness',
  description: "The business complained about (first level of the central bank's codes).",
});
export const ComplaintCauseEnum = enumOf<ComplaintCause>(COMPLAINT_CAUSES);
registerEnumType(ComplaintCauseEnum, {
  name: 'ComplaintCause',
  description: 'Why (second level).',
});
export const ComplaintSeverityEnum = enumOf<ComplaintSeverity>(COMPLAINT_SEVERITIES);
registerEnumType(ComplaintSeverityEnum, { name: 'ComplaintSeverity' });
export const ComplaintComplexityEnum = enumOf<ComplaintComplexity>(COMPLAINT_COMPLEXITIES);
registerEnumType(ComplaintComplexityEnum, { name: 'ComplaintComplexity' });
export const ComplaintStatusEnum = enumOf<ComplaintStatus>(COMPLAINT_STATUSES);
registerEnumType(ComplaintStatusEnum, { name: 'ComplaintStatus' });
export const ClockStandingEnum = enumOf<ClockStanding>([
  'PAUSED',
  'OVERDUE',
  'DUE_SOON',
  'ON_TIME',
]);
registerEnumType(ClockStandingEnum, {
  name: 'ClockStanding',
  description: 'Where an open complaint stands against its due date.',
});

@ObjectType('ComplaintPause', { description: 'A pause while an outside appraisal ran.' })
export class ComplaintPauseType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Null: still paused.' }) to!:
    string | null;
}

@ObjectType('Complaint', { description: 'A client complaint on the regulator’s clock.' })
export class ComplaintType {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  branchId!: number;
  @Field(() => GraphQLISODateTime) receivedAt!: Date;
  @Field(() => DateScalar) receivedOn!: string;
  @Field(() => DateScalar) incidentOn!: string;
  @Field(() => ComplaintChannelEnum) channel!: ComplaintChannel;
  @Field(() => ComplaintBusinessEnum) business!: ComplaintBusiness;
  @Field(() => ComplaintCauseEnum) cause!: ComplaintCause;
  @Field(() => ComplaintSeverityEnum) severity!: ComplaintSeverity;
  @Field(() => ComplaintComplexityEnum) complexity!: ComplaintComplexity;
  @Field() description!: string;
  @Field() clientRequest!: string;
  /** The client's RM on the incident date (the assignment log). */
  responsibleManagerId!: number | null;
  @Field(() => Int, { nullable: true, description: "The handler's user id." })
  handlerId!: number | null;
  @Field(() => String, { nullable: true }) handlerName!: string | null;
  @Field(() => ComplaintStatusEnum) status!: ComplaintStatus;
  @Field(() => DateScalar, { description: 'The current clock started (receipt or reopening).' })
  clockStartedOn!: string;
  @Field(() => [ComplaintPauseType]) pauses!: ComplaintPauseType[];
  @Field() extended!: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'Null while paused.' })
  dueOn!: string | null;
  @Field(() => ClockStandingEnum, { nullable: true, description: 'Open complaints only.' })
  standing!: ClockStanding | null;
  @Field(() => ID, { nullable: true }) mergedIntoId!: string | null;
  @Field(() => DateScalar, { nullable: true }) decidedOn!: string | null;
  @Field(() => String, { nullable: true }) decision!: string | null;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => String, { nullable: true }) rootCause!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Redress paid, yuan.' })
  redressAmount!: string | null;
  @Field(() => Boolean, { nullable: true, description: "Decided in the client's favour." })
  upheld!: boolean | null;
  @Field(() => Boolean, { nullable: true }) decidedLate!: boolean | null;
  @Field(() => DateScalar, { nullable: true }) closedOn!: string | null;
  @Field(() => DateScalar, { nullable: true }) withdrawnOn!: string | null;
  @Field() recordedByName!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('ComplaintHandlerCandidate', {
  description: 'A user of the complaint’s branch who may be assigned to handle it.',
})
export class ComplaintHandlerCandidateType {
  @Field(() => Int, { description: 'A user id, for assignComplaintHandler.' }) userId!: number;
  @Field() name!: string;
  @Field(() => RoleValue) role!: Role;
  @Field({ description: 'The RM responsible for the client: may not handle it (recusal).' })
  recused!: boolean;
}

@ObjectType()
export class ComplaintConnection extends ConnectionOf(ComplaintType, 'Complaint') {
  @Field(() => Int) totalCount!: number;
}

@ObjectType('ComplaintEvent', { description: 'One transition of a complaint, as recorded.' })
export class ComplaintEventType {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field(() => ComplaintStatusEnum, { nullable: true }) fromStatus!: ComplaintStatus | null;
  @Field(() => ComplaintStatusEnum) toStatus!: ComplaintStatus;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'ASSIGN: whom the complaint was given to.' })
  assignedName!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'EXTEND: the day the client was told of the extension and why.',
  })
  clientInformedOn!: string | null;
}

@InputType()
export class ComplaintInput {
  @Field(() => ID) clientId!: string;
  @Field(() => GraphQLISODateTime, { description: 'Not in the future.' }) receivedAt!: Date;
  @Field(() => DateScalar, { description: 'When it happened: on or before receipt.' })
  incidentOn!: string;
  @Field(() => ComplaintChannelEnum) channel!: ComplaintChannel;
  @Field(() => ComplaintBusinessEnum) business!: ComplaintBusiness;
  @Field(() => ComplaintCauseEnum) cause!: ComplaintCause;
  @Field(() => ComplaintSeverityEnum) severity!: ComplaintSeverity;
  @Field(() => ComplaintComplexityEnum) complexity!: ComplaintComplexity;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) clientRequest?: string | null;
}

@InputType({ description: 'What was decided; a summary and a root cause are required.' })
export class ComplaintDecisionInput {
  @Field() decision!: string;
  @Field({ description: 'The written summary (件件有总结).' }) summary!: string;
  @Field({ description: 'The root cause found and what is changed (溯源整改).' })
  rootCause!: string;
  @Field(() => DecimalScalar, { description: 'Redress, yuan; "0" for none.' })
  redressAmount!: string;
  @Field({ description: "Decided in the client's favour." }) upheld!: boolean;
}

@InputType({ description: 'An extension of an especially complex case, with approval.' })
export class ComplaintExtensionInput {
  @Field() reason!: string;
  @Field(() => DateScalar, { description: 'The day the client was told why.' })
  clientInformedOn!: string;
}

@InputType()
export class ComplaintFilter {
  @Field(() => ComplaintStatusEnum, { nullable: true }) status?: ComplaintStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Open complaints only (received to paused).',
  })
  open?: boolean | null;
  @Field(() => ClockStandingEnum, { nullable: true }) standing?: ClockStanding | null;
  @Field(() => Boolean, { nullable: true, description: 'Only those the caller handles.' })
  handledByMe?: boolean | null;
  @Field(() => Int, { nullable: true }) branchId?: number | null;
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => Int, { nullable: true }) responsibleManagerId?: number | null;
  @Field(() => DateScalar, { nullable: true }) receivedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) receivedTo?: string | null;
}

@ObjectType('ComplaintCount', { description: 'How many complaints fell under one heading.' })
export class ComplaintCountType {
  @Field() key!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int) upheld!: number;
}

@ObjectType('ComplaintSummary', {
  description: 'Complaints received in a period (件件有总结): counts, timeliness, outcomes.',
})
export class ComplaintSummaryType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int) received!: number;
  @Field(() => Int) decided!: number;
  @Field(() => Int) decidedOnTime!: number;
  @Field(() => Float, { nullable: true, description: 'Share decided within the deadline.' })
  onTimeShare!: number | null;
  @Field(() => Int) upheld!: number;
  @Field(() => Float, { nullable: true, description: 'Upheld of those decided.' })
  upheldRate!: number | null;
  @Field(() => DecimalScalar, { description: 'Redress of the decided, yuan.' })
  redressPaid!: string;
  @Field(() => Float, { nullable: true, description: 'Median days from receipt to decision.' })
  medianDaysToDecision!: number | null;
  @Field(() => Int) open!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => [ComplaintCountType]) byBusiness!: ComplaintCountType[];
  @Field(() => [ComplaintCountType]) byCause!: ComplaintCountType[];
  @Field(() => [ComplaintCountType], { description: 'Keyed by branch id.' })
  byBranch!: ComplaintCountType[];
  @Field(() => [ComplaintCountType], {
    description: 'Keyed by responsible RM id ("" for the pool).',
  })
  byResponsibleManager!: ComplaintCountType[];
}

@ObjectType('ServiceQuality', {
  description:
    "An RM's complaints (as the responsible RM) and client satisfaction for a period: what the scorecard reads.",
})
export class ServiceQualityType {
  managerId!: number;
  @Field(() => Int) complaints!: number;
  @Field(() => Int) upheld!: number;
  @Field(() => Int) decidedLate!: number;
  @Field(() => Int, { description: 'Of those, still open.' }) open!: number;
  @Field(() => Int, { description: 'Survey responses credited (vendor surveys).' })
  responses!: number;
  @Field(() => Float, { nullable: true, description: 'Their mean 0-100 index.' })
  meanIndex!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The index shown: pulled toward the branch mean below the minimum responses.',
  })
  satisfactionIndex!: number | null;
  @Field(() => Float, { nullable: true }) netPromoterScore!: number | null;
  @Field(() => Int, { description: 'Responses asked when a complaint closed (apart).' })
  complaintResponses!: number;
}

@ObjectType('ComplaintDeadlines')
export class ComplaintDeadlinesType {
  @Field(() => Int) SIMPLE!: number;
  @Field(() => Int) COMPLEX!: number;
  @Field(() => Int) ESPECIALLY_COMPLEX!: number;
}

@InputType()
export class ComplaintDeadlinesInput {
  @Field(() => Int) SIMPLE!: number;
  @Field(() => Int) COMPLEX!: number;
  @Field(() => Int) ESPECIALLY_COMPLEX!: number;
}

@ObjectType('ComplaintSettings', {
  description: 'The complaint clock as data: days by complexity, the extension, due soon.',
})
export class ComplaintSettingsType {
  @Field(() => ComplaintDeadlinesType) deadlineDays!: ComplaintDeadlinesType;
  @Field(() => Int) extensionDays!: number;
  @Field(() => Int) dueSoonDays!: number;
  @Field(() => Int) version!: number;
}

@InputType()
export class ComplaintSettingsInput {
  @Field(() => ComplaintDeadlinesInput) deadlineDays!: ComplaintDeadlinesInput;
  @Field(() => Int) extensionDays!: number;
  @Field(() => Int) dueSoonDays!: number;
}

@ObjectType('SatisfactionWeights')
export class SatisfactionWeightsType {
  @Field(() => Float) overall!: number;
  @Field(() => Float) expectations!: number;
  @Field(() => Float) ideal!: number;
}

@InputType()
export class SatisfactionWeightsInput {
  @Field(() => Float) overall!: number;
  @Field(() => Float) expectations!: number;
  @Field(() => Float) ideal!: number;
}

@ObjectType('SatisfactionSettings', {
  description: 'The index’s question weights (sum 1) and the minimum responses for an RM’s index.',
})
export class SatisfactionSettingsType {
  @Field(() => SatisfactionWeightsType) weights!: SatisfactionWeightsType;
  @Field(() => Int) minimumResponses!: number;
  @Field(() => Int) version!: number;
}

@InputType()
export class SatisfactionSettingsInput {
  @Field(() => SatisfactionWeightsInput) weights!: SatisfactionWeightsInput;
  @Field(() => Int) minimumResponses!: number;
}
