import {
  auditDetailText,
  type Actor,
  type AuditDetailCode,
  type AuditEntityType,
  type AuditOperation,
} from '@corebook/domain';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntryEntity, type AuditOutcome } from './audit.entity';

export interface AuditRecord {
  actor?: Pick<Actor, 'userId' | 'username'> | null;
  /** Named in the shared labels, so the log and its export can say it in words. */
  operation: AuditOperation;
  entityType: AuditEntityType;
  entityId?: string | number | null;
  outcome?: AuditOutcome;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** A person's own words (a reason), kept as written. */
  detail?: string | null;
  /** A detail the API writes itself: worded from its code in each reader's language. */
  note?: AuditNote | null;
  requestId?: string | null;
}

export interface AuditNote {
  code: AuditDetailCode;
  values: Record<string, string | number>;
}

/** The note's English words, kept as the entry's detail text. */
function noteText(note: AuditNote): string | null {
  return auditDetailText('en', { detail: null, detailCode: note.code, detailParams: note.values });
}

/**
 * The INSERT of an entry, its values appended to `params`: the one home of how an entry is
 * stored. A change that writes its entity in the same statement passes `source`: the rows to
 * insert from (a CTE of the new row) and SQL for the entity's id there.
 */
export function auditInsertSql(
  entry: AuditRecord,
  params: unknown[],
  source?: { from: string; entityId: string },
): string {
  const value = (v: unknown, type = 'text') => {
    params.push(v);
    return `$${params.length}::${type}`;
  };
  const entityId =
    entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId);
  const values = [
    value(entry.actor?.userId ?? null, 'int'),
    value(entry.actor?.username ?? null),
    value(entry.operation),
    value(entry.entityType),
    source ? source.entityId : value(entityId),
    value(entry.outcome ?? 'OK'),
    value(entry.before ? JSON.stringify(entry.before) : null, 'jsonb'),
    value(entry.after ? JSON.stringify(entry.after) : null, 'jsonb'),
    value(entry.detail ?? (entry.note ? noteText(entry.note) : null)),
    value(entry.requestId ?? null),
    value(entry.note?.code ?? null),
    value(entry.note ? JSON.stringify(entry.note.values) : null, 'jsonb'),
  ].join(', ');
  const into = `INSERT INTO audit_entries
      (actor_user_id, actor_username, operation, entity_type, entity_id, outcome, before, after,
       detail, request_id, detail_code, detail_params)`;
  return source ? `${into} SELECT ${values} FROM ${source.from}` : `${into} VALUES (${values})`;
}

export interface AuditFilter {
  operation?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  actorUsername?: string | null;
  outcome?: AuditOutcome | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Writes the append-only audit log. Changes pass their transaction's manager so the
 * entry commits or rolls back with the change itself.
 */
@Injectable()
export class AuditService implements OnApplicationShutdown {
  private readonly detached = new Set<Promise<void>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Record outside any transaction without making the caller wait (refusals, which
   * change nothing). Shutdown waits for these, so none is lost.
   */
  recordDetached(entry: AuditRecord, onError: (error: unknown) => void): void {
    const pending = this.record(entry)
      .catch(onError)
      .finally(() => this.detached.delete(pending));
    this.detached.add(pending);
  }

  /** Waits for the entries written after their responses (tests read them right away). */
  async flush(): Promise<void> {
    await Promise.all([...this.detached]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  async record(
    entry: AuditRecord,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const params: unknown[] = [];
    await manager.query(auditInsertSql(entry, params), params);
  }

  /**
   * The operations and object types the log holds, each sorted, for the filter's choices. A
   * loose index scan: each step jumps in an index to the next name after the last one found,
   * so this reads one index entry per distinct name, not the millions of rows
   * (audit_entries_operation_idx, audit_entries_entity_idx).
   */
  async choices(): Promise<{ operations: string[]; entityTypes: string[] }> {
    const [operations, entityTypes] = await Promise.all([
      this.distinct('operation'),
      this.distinct('entity_type'),
    ]);
    // The index's order follows the database's collation; the API's is the same everywhere.
    return { operations: operations.sort(), entityTypes: entityTypes.sort() };
  }

  private async distinct(column: 'operation' | 'entity_type'): Promise<string[]> {
    const rows = await this.dataSource.query<{ name: string }[]>(
      `WITH RECURSIVE found(name) AS (
         (SELECT ${column} FROM audit_entries ORDER BY ${column} LIMIT 1)
         UNION ALL
         SELECT (SELECT a.${column} FROM audit_entries a WHERE a.${column} > found.name ORDER BY a.${column} LIMIT 1)
         FROM found WHERE found.name IS NOT NULL
       )
       SELECT name FROM found WHERE name IS NOT NULL`,
    );
    return rows.map((row) => row.name);
  }

  /** Newest first, keyset-paged on the entry id (ids only grow). */
  async list(filter: AuditFilter, limit: number, afterId?: string): Promise<AuditEntryEntity[]> {
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .limit(limit);
    if (filter.operation)
      query.andWhere('a.operation = :operation', { operation: filter.operation });
    if (filter.entityType)
      query.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorUsername)
      query.andWhere('a.actor_username = :actorUsername', { actorUsername: filter.actorUsername });
    if (filter.outcome) query.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
    if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
    if (afterId) query.andWhere('a.id < :afterId', { afterId });
    return query.getMany();
  }
}
