import type { Actor, AuditOperation } from '@corebook/domain';
import { badInput, conflict } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from './audit.service';

export interface Versioned<T> {
  settings: T;
  version: number;
}

/** A rule-settings area: its key in `settings`, what it is called, and its validation. */
export interface SettingsArea<T> {
  key: string;
  /** Used in messages, e.g. 'ranking settings'. */
  label: string;
  /** The audit operation, named after the mutation, e.g. 'updateRankingSettings'. */
  operation: AuditOperation;
  /** The first refused setting; `rule` and its limits let the portal say why in any language. */
  problem: (settings: T) => {
    field: string;
    message: string;
    rule?: string;
    min?: number | string;
    minValue?: number;
    max?: number | string;
    decimals?: number;
    other?: string;
  } | null;
}

/**
 * Rule settings (training, ranking, assignment, …) are JSON rows in `settings` with an
 * optimistic version; every change is validated, version-checked and audited in one
 * transaction. Callers check the role first (settings.manage).
 */
@Injectable()
export class SettingsStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async read<T>(
    area: SettingsArea<T>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Versioned<T>> {
    const [row] = await manager.query<{ value: T; version: number }[]>(
      'SELECT value, version FROM settings WHERE key = $1',
      [area.key],
    );
    return { settings: row.value, version: row.version };
  }

  async update<T extends object>(
    actor: Actor,
    area: SettingsArea<T>,
    next: T,
    expectedVersion: number,
    requestId: string,
  ): Promise<Versioned<T>> {
    const problem = area.problem(next);
    if (problem) {
      const { field, message, rule, ...params } = problem;
      throw badInput(field, `${field} ${message}`, rule ? { rule, params } : undefined);
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await this.read(area, manager);
      const updated = await manager.query<{ version: number }[]>(
        // As a CTE so the driver returns the rows (a bare UPDATE answers [rows, count]).
        `WITH updated AS (UPDATE settings SET value = $2, version = version + 1, updated_at = now(), updated_by = $3
         WHERE key = $1 AND version = $4 RETURNING version) SELECT version FROM updated`,
        [area.key, JSON.stringify(next), actor.userId, expectedVersion],
      );
      if (updated.length === 0)
        throw conflict(`The ${area.label} were changed by someone else; reload and try again`);
      await this.audit.record(
        {
          actor,
          operation: area.operation,
          entityType: 'Settings',
          entityId: area.key,
          before: { ...before.settings } as Record<string, unknown>,
          after: { ...next } as Record<string, unknown>,
          requestId,
        },
        manager,
      );
      return { settings: next, version: updated[0].version };
    });
  }
}
