import { DateScalar, DecimalScalar, ConnectionOf, GraphQLJSON } from '@corebook/server/common';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

export enum TrainingTypeValue {
  CENTRALISED = 'CENTRALISED',
  RESEARCH = 'RESEARCH',
  ONLINE = 'ONLINE',
  CERTIFICATION = 'CERTIFICATION',
  ETHICS = 'ETHICS',
}
registerEnumType(TrainingTypeValue, {
  name: 'TrainingType',
  description:
    'Centralised training (集中培训), special research (专题调研), online (网上培训), certification, ethics and compliance (职业道德教育).',
});

export enum TrainingRecordStatus {
  ACTIVE = 'ACTIVE',
  VOIDED = 'VOIDED',
}
registerEnumType(TrainingRecordStatus, { name: 'TrainingRecordStatus' });

export enum TrainingImportStatus {
  PREVIEWED = 'PREVIEWED',
  COMMITTED = 'COMMITTED',
  DISCARDED = 'DISCARDED',
}
registerEnumType(TrainingImportStatus, { name: 'TrainingImportStatus' });

export enum ImportLineOutcome {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(ImportLineOutcome, { name: 'ImportLineOutcome' });

export enum CertificateStateValue {
  VALID = 'VALID',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
}
registerEnumType(CertificateStateValue, { name: 'CertificateState' });

@ObjectType('TrainingActivity', { description: 'An activity of the training catalogue.' })
export class TrainingActivityType {
  @Field(() => Int) id!: number;
  @Field() code!: string;
  @Field(() => TrainingTypeValue) type!: TrainingTypeValue;
  @Field() title!: string;
  @Field() provider!: string;
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar) endsOn!: string;
  @Field(() => DecimalScalar, { description: 'Points a completion earns.' }) points!: string;
  @Field() mandatory!: boolean;
  @Field(() => [String], { description: 'Grades it is mandatory for; empty means every grade.' })
  mandatoryGrades!: string[];
  @Field(() => Int, {
    nullable: true,
    description: 'Certifications: months a certificate stays valid.',
  })
  validityMonths!: number | null;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@InputType()
export class TrainingActivityInput {
  @Field() code!: string;
  @Field(() => TrainingTypeValue) type!: TrainingTypeValue;
  @Field() title!: string;
  @Field() provider!: string;
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar) endsOn!: string;
  @Field(() => DecimalScalar) points!: string;
  // No input-field defaults: graphql-jit ignores them once a query is compiled, so the
  // service applies them (false, [], true).
  @Field(() => Boolean, { nullable: true }) mandatory?: boolean | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Grades it is mandatory for; empty or absent means every grade.',
  })
  mandatoryGrades?: string[] | null;
  @Field(() => Int, { nullable: true }) validityMonths?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to true.' }) active?:
    boolean | null;
}

@InputType()
export class TrainingActivityFilter {
  @Field(() => TrainingTypeValue, { nullable: true }) type?: TrainingTypeValue | null;
  @Field(() => Int, { nullable: true, description: 'Activities running in this year.' }) year?:
    number | null;
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => Boolean, { nullable: true }) activeOnly?: boolean | null;
}

@ObjectType('TrainingRecord', { description: "A completion in an RM's training file." })
export class TrainingRecordType {
  @Field(() => ID) id!: string;
  managerId!: number;
  activityId!: number;
  @Field(() => DateScalar) completedOn!: string;
  @Field(() => DecimalScalar) hours!: string;
  @Field(() => DecimalScalar, { nullable: true }) score!: string | null;
  @Field(() => Boolean, { nullable: true }) passed!: boolean | null;
  @Field(() => DecimalScalar) pointsAwarded!: string;
  @Field(() => String, {
    nullable: true,
    description: "Why HR awarded other points than the catalogue's.",
  })
  pointsOverrideReason!: string | null;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field({ description: 'MANUAL or IMPORT.' }) source!: string;
  @Field(() => TrainingRecordStatus) status!: TrainingRecordStatus;
  @Field(() => String, { nullable: true }) voidReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) voidedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => Int) version!: number;
}

@InputType()
export class TrainingRecordInput {
  @Field(() => Int) managerId!: number;
  @Field(() => Int) activityId!: number;
  @Field(() => DateScalar) completedOn!: string;
  @Field(() => DecimalScalar) hours!: string;
  @Field(() => DecimalScalar, { nullable: true }) score?: string | null;
  @Field(() => Boolean, { nullable: true }) passed?: boolean | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Defaults to the catalogue's points.",
  })
  pointsAwarded?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Required when pointsAwarded differs from the catalogue.',
  })
  pointsOverrideReason?: string | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
}

@InputType({ description: 'A correction: only the fields given change.' })
export class TrainingRecordCorrection {
  @Field(() => DateScalar, { nullable: true }) completedOn?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) hours?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) score?: string | null;
  @Field(() => Boolean, { nullable: true }) passed?: boolean | null;
  @Field(() => DecimalScalar, { nullable: true }) pointsAwarded?: string | null;
  @Field(() => String, { nullable: true }) pointsOverrideReason?: string | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
  @Field({ description: 'Why the record is corrected (audited).' }) reason!: string;
}

@InputType()
export class TrainingRecordFilter {
  @Field(() => Int, { nullable: true }) branchId?: number | null;
  @Field(() => Int, { nullable: true }) managerId?: number | null;
  @Field(() => TrainingTypeValue, { nullable: true }) type?: TrainingTypeValue | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => TrainingRecordStatus, { nullable: true }) status?: TrainingRecordStatus | null;
}

@ObjectType()
export class TrainingRecordConnection extends ConnectionOf(TrainingRecordType, 'TrainingRecord') {
  @Field(() => Int) totalCount!: number;
}

@ObjectType('TrainingImportLine')
export class TrainingImportLineType {
  @Field(() => Int, { description: 'Line in the file; the header is line 1.' }) lineNo!: number;
  @Field(() => ImportLineOutcome) outcome!: ImportLineOutcome;
  @Field(() => String, { nullable: true, description: 'Why the line is refused, in English.' })
  reason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The reason as a code (ImportReasonCode in libs/domain), for any language.',
  })
  reasonCode!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: "The reason's parameters." })
  reasonParams!: Record<string, string | number> | null;
  @Field({ description: 'The line as it was in the file.' }) raw!: string;
}

@ObjectType('TrainingImport', {
  description: 'A bulk import: previewed, then committed or discarded.',
})
export class TrainingImportType {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field(() => TrainingImportStatus) status!: TrainingImportStatus;
  @Field(() => Int) totalRows!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => Int) duplicates!: number;
  @Field(() => Int, { description: 'Records actually added on commit.' }) committed!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) committedAt!: Date | null;
}

@ObjectType('CertificateStatus')
export class CertificateStatusType {
  managerId!: number;
  activityId!: number;
  @Field(() => DateScalar) completedOn!: string;
  @Field(() => DateScalar) expiresOn!: string;
  @Field(() => CertificateStateValue) state!: CertificateStateValue;
}

@ObjectType('TrainingFile', { description: "An RM's training file (培训档案) for one year." })
export class TrainingFileType {
  managerId!: number;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Points required this year (by grade).' }) required!: number;
  @Field(() => DecimalScalar) earned!: string;
  @Field(() => DecimalScalar, { description: 'Points still needed (0 when met).' })
  shortfall!: string;
  @Field(() => DecimalScalar, { description: 'Points of activities still open this year.' })
  stillAvailable!: string;
  mandatoryMissingIds!: number[];
  @Field(() => [CertificateStatusType]) certificates!: CertificateStatusType[];
  @Field({
    description: 'Cannot reach the requirement by year end, or missed a mandatory training.',
  })
  renewalAtRisk!: boolean;
  @Field(() => [String], { description: 'POINTS_SHORTFALL, MANDATORY_MISSED.' })
  riskReasons!: string[];
  /** This year's points reach the minimum for core clients (see coreClientStanding). */
  meetsCoreClientMinimum!: boolean;
}

@ObjectType('TrainingSettings')
export class TrainingSettingsType {
  @Field(() => Int) yearlyRequirement!: number;
  @Field(() => [GradeRequirement]) yearlyRequirementByGrade!: GradeRequirement[];
  @Field(() => Int) minimumPointsForCoreClients!: number;
  @Field(() => Int) maxPointsPerRecord!: number;
  @Field(() => Int) certificateExpiryWarningDays!: number;
  @Field(() => Int) version!: number;
}

@ObjectType()
@InputType('GradeRequirementInput')
export class GradeRequirement {
  @Field() grade!: string;
  @Field(() => Int) points!: number;
}

@InputType()
export class TrainingSettingsInput {
  @Field(() => Int) yearlyRequirement!: number;
  @Field(() => [GradeRequirement]) yearlyRequirementByGrade!: GradeRequirement[];
  @Field(() => Int) minimumPointsForCoreClients!: number;
  @Field(() => Int) maxPointsPerRecord!: number;
  @Field(() => Int) certificateExpiryWarningDays!: number;
}
