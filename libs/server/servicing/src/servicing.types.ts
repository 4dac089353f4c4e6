import {
  CONTACT_OUTCOMES,
  CONTACT_PURPOSES,
  CONTACT_TYPES,
  type ContactOutcome,
  type ContactPurpose,
  type ContactStatus,
  type ContactType,
  type ValueTier,
} from '@corebook/domain';
import { ClientType, ValueTierEnum } from '@corebook/server/clients';
import { ConnectionOf, DateScalar, enumOf } from '@corebook/server/common';
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

export const ContactTypeEnum = enumOf<ContactType>(CONTACT_TYPES);
registerEnumType(ContactTypeEnum, { name: 'ContactType' });
export const ContactPurposeEnum = enumOf<ContactPurpose>(CONTACT_PURPOSES);
registerEnumType(ContactPurposeEnum, { name: 'ContactPurpose' });
export const ContactOutcomeEnum = enumOf<ContactOutcome>(CONTACT_OUTCOMES);
registerEnumType(ContactOutcomeEnum, {
  name: 'ContactOutcome',
  description: 'A client NOT_REACHED was not contacted: it never counts towards a cycle.',
});
export const ContactStatusEnum = enumOf<ContactStatus>(['DONE', 'PLANNED', 'CANCELLED']);
registerEnumType(ContactStatusEnum, { name: 'ContactStatus' });

@ObjectType('ContactAddendum', { description: 'A correction added after the edit window.' })
export class ContactAddendumType {
  @Field(() => ID) id!: string;
  contactId!: string;
  @Field() text!: string;
  @Field() authorName!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('Contact', {
  description: 'A contact with a client: logged (DONE), PLANNED or CANCELLED.',
})
export class ContactNode {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => ContactStatusEnum) status!: ContactStatus;
  @Field(() => ContactTypeEnum) type!: ContactType;
  @Field(() => ContactPurposeEnum) purpose!: ContactPurpose;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it happened (DONE).' })
  occurredAt!: Date | null;
  @Field(() => DateScalar, { nullable: true, description: "The bank's date it happened." })
  occurredOn!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The planned date (PLANNED, and kept after).',
  })
  plannedOn!: string | null;
  @Field(() => ContactOutcomeEnum, { nullable: true }) outcome!: ContactOutcome | null;
  @Field() notes!: string;
  @Field() nextStep!: string;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The contact this one was planned as the next step of.',
  })
  followsId!: string | null;
  authorId!: number;
  @Field() authorName!: string;
  managerId!: number | null;
  @Field({
    description: 'Whether the caller may still edit it (its author, within the edit window).',
  })
  editable!: boolean;
  @Field({
    description: 'Whether it counts towards the client’s cycle under the settings in force.',
  })
  counts!: boolean;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType()
export class ContactConnection extends ConnectionOf(ContactNode, 'Contact') {
  @Field(() => Int) totalCount!: number;
}

@InputType({ description: 'A contact that happened.' })
export class ContactInput {
  @Field(() => ID) clientId!: string;
  @Field(() => GraphQLISODateTime, { description: 'Not in the future.' }) occurredAt!: Date;
  @Field(() => ContactTypeEnum) type!: ContactType;
  @Field(() => ContactPurposeEnum) purpose!: ContactPurpose;
  @Field(() => ContactOutcomeEnum) outcome!: ContactOutcome;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => String, { nullable: true }) nextStep?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Plans the next step as a contact on this date (today or later).',
  })
  plannedOn?: string | null;
}

@InputType({ description: "An author's edit of a contact within the edit window." })
export class ContactEdit {
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => ContactTypeEnum) type!: ContactType;
  @Field(() => ContactPurposeEnum) purpose!: ContactPurpose;
  @Field(() => ContactOutcomeEnum) outcome!: ContactOutcome;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => String, { nullable: true }) nextStep?: string | null;
}

@InputType({ description: 'A contact planned for a date.' })
export class PlannedContactInput {
  @Field(() => ID) clientId!: string;
  @Field(() => DateScalar, { description: 'Today or later.' }) plannedOn!: string;
  @Field(() => ContactTypeEnum) type!: ContactType;
  @Field(() => ContactPurposeEnum) purpose!: ContactPurpose;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType({ description: 'What happened at a planned contact.' })
export class ContactCompletion {
  @Field(() => GraphQLISODateTime, { description: 'Not in the future.' }) occurredAt!: Date;
  @Field(() => ContactOutcomeEnum) outcome!: ContactOutcome;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => String, { nullable: true }) nextStep?: string | null;
  @Field(() => DateScalar, { nullable: true }) plannedOn?: string | null;
}

@ObjectType('CycleDays', {
  description: 'Days between qualifying contacts, per tier of a core client.',
})
export class CycleDaysType {
  @Field(() => Int) PLATINUM!: number;
  @Field(() => Int) GOLD!: number;
  @Field(() => Int) SILVER!: number;
  @Field(() => Int) BRONZE!: number;
}

@InputType()
export class CycleDaysInput {
  @Field(() => Int) PLATINUM!: number;
  @Field(() => Int) GOLD!: number;
  @Field(() => Int) SILVER!: number;
  @Field(() => Int) BRONZE!: number;
}

@ObjectType('ContactCycleSettings', {
  description: 'Contact cycles by tier; each version applies from the day it took effect.',
})
export class ContactCycleSettingsType {
  @Field(() => CycleDaysType) cycleDays!: CycleDaysType;
  @Field(() => [ContactTypeEnum]) countingTypes!: ContactType[];
  @Field(() => Int) graceDays!: number;
  @Field(() => Int) editWindowDays!: number;
  @Field(() => Int) version!: number;
  @Field(() => DateScalar) effectiveOn!: string;
}

@InputType()
export class ContactCycleSettingsInput {
  @Field(() => CycleDaysInput) cycleDays!: CycleDaysInput;
  @Field(() => [ContactTypeEnum]) countingTypes!: ContactType[];
  @Field(() => Int) graceDays!: number;
  @Field(() => Int) editWindowDays!: number;
}

@ObjectType('ClientCycle', { description: "A core client's contact cycle now." })
export class ClientCycleType {
  clientId!: string;
  @Field(() => ValueTierEnum, { nullable: true, description: 'Null when the client is not core.' })
  tier!: ValueTier | null;
  @Field(() => Int, { nullable: true, description: 'Days between contacts for the tier.' })
  cycleDays!: number | null;
  @Field(() => DateScalar, { nullable: true }) lastContactOn!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Null: no cycle (not core, or in the pool).',
  })
  dueOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The earliest planned contact.' })
  plannedOn!: string | null;
}

export enum RevisitReason {
  OVERDUE = 'OVERDUE',
  DUE_SOON = 'DUE_SOON',
  PLANNED = 'PLANNED',
}
registerEnumType(RevisitReason, {
  name: 'RevisitReason',
  description: 'Past its due date, due within 7 days, or only a planned contact.',
});

@ObjectType('RevisitItem', { description: "A client on an RM's revisit queue." })
export class RevisitItemType {
  /** Read with the queue, in its statement. */
  @Field(() => ClientType) client!: ClientType;
  @Field(() => RevisitReason) reason!: RevisitReason;
  @Field(() => ValueTierEnum, { nullable: true }) tier!: ValueTier | null;
  @Field(() => DateScalar, { nullable: true }) dueOn!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Days past the due date (negative: days left).',
  })
  daysOverdue!: number | null;
  @Field(() => DateScalar, { nullable: true }) lastContactOn!: string | null;
  @Field(() => DateScalar, { nullable: true }) plannedOn!: string | null;
}

@ObjectType()
export class RevisitQueueConnection extends ConnectionOf(RevisitItemType, 'RevisitItem') {
  @Field(() => Int, { description: 'Clients past their due date (whatever the filter).' })
  overdueCount!: number;
  @Field(() => Int, { description: 'Clients due within 7 days.' }) dueSoonCount!: number;
  @Field(() => Int, { description: 'Rows of the queue under the filter.' }) totalCount!: number;
}

@ObjectType('ManagerCoverage', {
  description: "An RM's contact coverage for a period, and their queue now.",
})
export class ManagerCoverageType {
  managerId!: number;
  @Field(() => Int, { description: 'Client-days of core clients in the book.' }) coreDays!: number;
  @Field(() => Int, { description: 'Of those, days the client was within its cycle.' })
  withinDays!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'withinDays / coreDays; null with no core days.',
  })
  coverage!: number | null;
  @Field(() => Int, { description: 'Core clients past their due date now.' }) overdueNow!: number;
  @Field(() => Int, { description: 'Core clients due within 7 days now.' }) dueSoonNow!: number;
}

@ObjectType('BranchCoverage', { description: "A branch's contact coverage for a period." })
export class BranchCoverageType {
  branchId!: number;
  @Field(() => Int) coreDays!: number;
  @Field(() => Int) withinDays!: number;
  @Field(() => Float, { nullable: true }) coverage!: number | null;
  @Field(() => Int) overdueNow!: number;
  @Field(() => Int) dueSoonNow!: number;
}

export enum TimelineKind {
  CONTACT = 'CONTACT',
  ASSIGNMENT = 'ASSIGNMENT',
  EARLY_WARNING = 'EARLY_WARNING',
  RANKING = 'RANKING',
  COMPLAINT = 'COMPLAINT',
  SURVEY = 'SURVEY',
}
registerEnumType(TimelineKind, { name: 'TimelineKind' });

@ObjectType('TimelineEntry', {
  description:
    "One event of a client's history: a contact, an assignment change, an early warning, a ranking change, a complaint, a survey response.",
})
export class TimelineEntryType {
  @Field(() => ID, { description: 'Unique within the timeline, e.g. CONTACT:12.' }) id!: string;
  @Field(() => TimelineKind) kind!: TimelineKind;
  @Field(() => GraphQLISODateTime) at!: Date;
  /** The contact (CONTACT). */
  contactId!: string | null;
  @Field(() => Int, { nullable: true, description: 'ASSIGNMENT: the new RM (null: the pool).' })
  managerId!: number | null;
  @Field(() => String, { nullable: true, description: 'ASSIGNMENT: the reason code.' })
  reason!: string | null;
  @Field(() => ValueTierEnum, {
    nullable: true,
    description: 'RANKING: the tier (null: not core).',
  })
  tier!: ValueTier | null;
  @Field(() => ValueTierEnum, { nullable: true, description: 'RANKING: the tier before.' })
  previousTier!: ValueTier | null;
  @Field(() => String, { nullable: true, description: 'EARLY_WARNING: the action taken, if any.' })
  warningAction!: string | null;
  /** The complaint (COMPLAINT). */
  complaintId!: string | null;
  @Field(() => Float, { nullable: true, description: 'SURVEY: the 0-100 satisfaction index.' })
  satisfactionIndex!: number | null;
}

@ObjectType()
export class TimelineConnection extends ConnectionOf(TimelineEntryType, 'TimelineEntry') {}
