import { DateScalar } from '@corebook/server/common';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RoleValue {
  RM = 'RM',
  BRANCH_HEAD = 'BRANCH_HEAD',
  HR = 'HR',
  ADMIN = 'ADMIN',
}
registerEnumType(RoleValue, { name: 'Role' });

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
  @Field({ description: 'ACTIVE, PROBATION or LEFT.' }) status!: string;
  @Field(() => Int, { description: 'Optimistic version for updateRelationshipManager.' })
  version!: number;
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
