import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ConnectionOf, GraphQLJSON } from '@corebook/server/common';

export enum AuditOutcomeValue {
  OK = 'OK',
  REFUSED = 'REFUSED',
  FAILED = 'FAILED',
}
registerEnumType(AuditOutcomeValue, { name: 'AuditOutcome' });

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => Int, { nullable: true }) actorUserId!: number | null;
  @Field(() => String, { nullable: true }) actorUsername!: string | null;
  @Field() operation!: string;
  @Field() entityType!: string;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => AuditOutcomeValue) outcome!: AuditOutcomeValue;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
  @Field(() => String, { nullable: true }) detail!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A detail the API wrote itself, as a code (audit.detail in the shared labels).',
  })
  detailCode!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: "The coded detail's values." })
  detailParams!: Record<string, string | number> | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
}

@ObjectType({ description: 'What the log holds, to filter by: names as recorded.' })
export class AuditChoices {
  @Field(() => [String], { description: 'Operations recorded, sorted.' }) operations!: string[];
  @Field(() => [String], { description: 'Object types recorded, sorted.' }) entityTypes!: string[];
}

@ObjectType()
export class AuditEntryConnection extends ConnectionOf(AuditEntryType, 'AuditEntry') {}

@InputType()
export class AuditFilterInput {
  @Field(() => String, { nullable: true }) operation?: string | null;
  @Field(() => String, { nullable: true }) entityType?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
  @Field(() => String, { nullable: true }) actorUsername?: string | null;
  @Field(() => AuditOutcomeValue, { nullable: true }) outcome?: AuditOutcomeValue | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) from?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) to?: Date | null;
}
