import type { Role } from '@corebook/domain';
import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';

export const RM_GRADES = ['JUNIOR', 'INTERMEDIATE', 'SENIOR', 'PRINCIPAL'] as const;
export type RmGrade = (typeof RM_GRADES)[number];
export const RM_STATUSES = ['ACTIVE', 'PROBATION', 'LEFT'] as const;
export type RmStatus = (typeof RM_STATUSES)[number];

@Entity('regions')
export class RegionEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column() code!: string;
  @Column() name!: string;
}

@Entity('branches')
export class BranchEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column() code!: string;
  @Column() name!: string;
  @Column({ name: 'region_id' }) regionId!: number;
  @ManyToOne(() => RegionEntity)
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;
  @Column() active!: boolean;
}

@Entity('relationship_managers')
export class RelationshipManagerEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'employee_no' }) employeeNo!: string;
  @Column() name!: string;
  @Column({ name: 'branch_id' }) branchId!: number;
  @Column({ type: 'text' }) grade!: RmGrade;
  @Column({ name: 'core_capacity' }) coreCapacity!: number;
  @Column({ name: 'hire_date', type: 'date' }) hireDate!: string;
  @Column({ name: 'contract_end_date', type: 'date', nullable: true }) contractEndDate!:
    string | null;
  @Column({ type: 'text' }) status!: RmStatus;
  @VersionColumn() version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column() username!: string;
  @Column({ name: 'display_name' }) displayName!: string;
  @Column({ type: 'text' }) role!: Role;
  @Column({ name: 'branch_id', type: 'integer', nullable: true }) branchId!: number | null;
  @Column({ name: 'relationship_manager_id', type: 'integer', nullable: true })
  relationshipManagerId!: number | null;
  @Column() active!: boolean;
  @Column({ name: 'password_hash', select: false }) passwordHash!: string;
  @Column({ name: 'token_version' }) tokenVersion!: number;
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true }) lastLoginAt!: Date | null;
  @Column({ type: 'text' }) locale!: 'en' | 'zh-CN';
  @VersionColumn() version!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

export const orgEntities = [RegionEntity, BranchEntity, RelationshipManagerEntity, UserEntity];
