import {
  LIFECYCLE_STAGES,
  VALUE_TIERS,
  type LifecycleStage,
  type ValueTier,
} from '@corebook/domain';
import { DateScalar, DecimalScalar, ConnectionOf, enumOf } from '@corebook/server/common';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

// Segments a ranking run gives each client (docs/domain.md rules 4 and 5); declared with the
// client, so the client list can filter by them and the ranking area shows them.
export const ValueTierEnum = enumOf<ValueTier>(VALUE_TIERS);
registerEnumType(ValueTierEnum, { name: 'ValueTier', description: 'Value tier by percentile.' });
export const LifecycleStageEnum = enumOf<LifecycleStage>(LIFECYCLE_STAGES);
registerEnumType(LifecycleStageEnum, { name: 'LifecycleStage' });

export enum ClientKindValue {
  INDIVIDUAL = 'INDIVIDUAL',
  CORPORATE = 'CORPORATE',
}
registerEnumType(ClientKindValue, { name: 'ClientKind' });

export enum ProductTypeValue {
  DEPOSIT = 'DEPOSIT',
  LOAN = 'LOAN',
  WEALTH = 'WEALTH',
  CARD = 'CARD',
  INSURANCE = 'INSURANCE',
}
registerEnumType(ProductTypeValue, { name: 'ProductType' });

export enum ClientSort {
  VALUE_DESC = 'VALUE_DESC',
  VALUE_ASC = 'VALUE_ASC',
  AUM_DESC = 'AUM_DESC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}
registerEnumType(ClientSort, {
  name: 'ClientSort',
  description: 'Value is the 12-month contribution.',
});

@ObjectType('Client')
export class ClientType {
  @Field(() => ID) id!: string;
  @Field() clientNo!: string;
  @Field() name!: string;
  @Field(() => ClientKindValue) kind!: ClientKindValue;
  branchId!: number;
  @Field(() => DateScalar) openedOn!: string;
  @Field({ description: 'Risk rating R1 (lowest) to R5.' }) riskRating!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  managerId!: number | null;
  @Field(() => DecimalScalar, { description: '12-month contribution (net interest + fees), yuan.' })
  contribution12m!: string;
  @Field(() => DecimalScalar, {
    description: 'Assets under management, 12-month average balance, yuan.',
  })
  aum!: string;
  @Field(() => DateScalar, { nullable: true }) lastActivityOn!: string | null;
}

@ObjectType('ClientProduct')
export class ClientProductType {
  @Field(() => ID) id!: string;
  clientId!: string;
  @Field(() => ProductTypeValue) productType!: ProductTypeValue;
  @Field() productName!: string;
  @Field() accountNo!: string;
  @Field(() => DateScalar) openedOn!: string;
  @Field(() => DecimalScalar, { description: 'Current balance, yuan.' }) balance!: string;
  @Field() status!: string;
}

@ObjectType('ClientMonthlyFact', {
  description: 'One month of a client: average balances and what it brought the bank (yuan).',
})
export class ClientMonthlyFactType {
  @Field(() => DateScalar, { description: 'First day of the month.' }) month!: string;
  @Field(() => DecimalScalar) avgDepositBalance!: string;
  @Field(() => DecimalScalar) avgLoanBalance!: string;
  @Field(() => DecimalScalar) avgWealthBalance!: string;
  @Field(() => DecimalScalar) netInterestContribution!: string;
  @Field(() => DecimalScalar) feeIncome!: string;
  @Field(() => DecimalScalar, { description: 'Net interest contribution plus fee income.' })
  contribution!: string;
  @Field(() => Int) transactionCount!: number;
}

@InputType()
export class ClientFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, or the exact client number.',
  })
  search?: string | null;
  @Field(() => Int, { nullable: true }) branchId?: number | null;
  @Field(() => Int, { nullable: true }) managerId?: number | null;
  @Field(() => ProductTypeValue, {
    nullable: true,
    description: 'Holds an active product of this type.',
  })
  productType?: ProductTypeValue | null;
  @Field(() => ClientKindValue, { nullable: true }) kind?: ClientKindValue | null;
  @Field(() => ValueTierEnum, { nullable: true, description: 'Tier in the latest ranking run.' })
  tier?: ValueTier | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Core (true) or not (false) in the latest ranking run.',
  })
  core?: boolean | null;
  @Field(() => LifecycleStageEnum, {
    nullable: true,
    description: 'Lifecycle stage in the latest ranking run.',
  })
  lifecycleStage?: LifecycleStage | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'With (true) or without (false) an unacknowledged early warning.',
  })
  openEarlyWarning?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'In the branch pool, served by no RM (true), or served by an RM (false).',
  })
  inBranchPool?: boolean | null;
}

@ObjectType()
export class ClientConnection extends ConnectionOf(ClientType, 'Client') {
  /** Kept for the totalCount field, which counts only when asked. */
  filter!: ClientFilter;
}
