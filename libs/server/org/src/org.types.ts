import { DateScalar, ConnectionOf } from '@corebook/server/common';
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { RmStatus } from './org.entities';

export enum RoleValue {
  RM = 'RM',
  BRANCH_HEAD = 'BRANCH_HEAD',
  HR = 'HR',
  ADMIN = 'ADMIN',
}
registerEnumType(RoleValue, { name: 'Role' });

export enum ManagerStatusValue {
  ACTIVE = 'ACTIVE',
  PROBATION = 'PROBATION',
  LEFT = 'LEFT',
}
registerEnumType(ManagerStatusValue, {
  name: 'RelationshipManagerStatus',
  description: "An RM's posting: ACTIVE, on PROBATION, or LEFT the bank.",
});

@ObjectType('Region')
export class RegionType {
  @Field(() => Int) id!: number;
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType('Branch')
export class BranchType {
  @Field(() => Int) id!: number;
  @Field() code!: string;
  @Field() name!: string;
  regionId!: number;
}

@ObjectType('RelationshipManager')
export class RelationshipManagerType {
  @Field(() => Int) id!: number;
  @Field() employeeNo!: string;
  @Field() name!: string;
  branchId!: number;
  @Field() grade!: string;
  @Field(() => Int, { description: 'How many core clients this RM can serve.' })
  coreCapacity!: number;
  @Field(() => DateScalar) hireDate!: string;
  @Field(() => DateScalar, { nullable: true }) contractEndDate!: string | null;
  // The entity's literal union; the enum's values are the same strings.
  @Field(() => ManagerStatusValue) status!: RmStatus;
  @Field(() => Int, { description: 'Optimistic version for updateRelationshipManager.' })
  version!: number;
}

@InputType({ description: 'Narrows the RM list; every field is optional.' })
export class RelationshipManagerFilter {
  @Field(() => Int, { nullable: true }) branchId?: number | null;
  @Field(() => ManagerStatusValue, { nullable: true }) status?: RmStatus | null;
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, or the start of the employee number.',
  })
  search?: string | null;
}

@ObjectType()
export class RelationshipManagerConnection extends ConnectionOf(
  RelationshipManagerType,
  'RelationshipManager',
) {
  @Field(() => Int) totalCount!: number;
}

@ObjectType('User')
export class UserType {
  @Field(() => Int) id!: number;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field(() => RoleValue) role!: RoleValue;
  branchId!: number | null;
  relationshipManagerId!: number | null;
  @Field() locale!: string;
}
