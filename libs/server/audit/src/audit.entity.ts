import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditOutcome = 'OK' | 'REFUSED' | 'FAILED';

/** One append-only line of the audit log: who, when, what, before, after. */
@Entity('audit_entries')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ name: 'actor_user_id', type: 'integer', nullable: true }) actorUserId!: number | null;
  @Column({ name: 'actor_username', type: 'text', nullable: true }) actorUsername!: string | null;
  @Column() operation!: string;
  @Column({ name: 'entity_type' }) entityType!: string;
  @Column({ name: 'entity_id', type: 'text', nullable: true }) entityId!: string | null;
  @Column({ type: 'text' }) outcome!: AuditOutcome;
  @Column({ type: 'jsonb', nullable: true }) before!: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after!: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) detail!: string | null;
  @Column({ name: 'detail_code', type: 'text', nullable: true }) detailCode!: string | null;
  @Column({ name: 'detail_params', type: 'jsonb', nullable: true })
  detailParams!: Record<string, string | number> | null;
  @Column({ name: 'request_id', type: 'text', nullable: true }) requestId!: string | null;
}
