import {
  contactCycleSettingsProblem,
  type Actor,
  type ContactCycleSettings,
} from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { badInput, bankToday, conflict } from '@corebook/server/common';
import {
  cycleSettingsInForce,
  refreshCycles,
  type CycleSettingsVersion,
} from '@corebook/server/contact-cycles';
import { latestCompletedRun } from '@corebook/server/ranking-reader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Contact-cycle settings (docs/domain.md rule 6): every version is kept with the day it took
 * effect. A change takes effect the day it is saved, and every client's due date follows in
 * the same transaction (no nightly batch); coverage of earlier days keeps the rules of its day.
 */
@Injectable()
export class CycleSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  current(manager: EntityManager = this.dataSource.manager): Promise<CycleSettingsVersion> {
    return cycleSettingsInForce(manager);
  }

  read(actor: Actor): Promise<CycleSettingsVersion> {
    this.access.requirePermission(actor, 'contact.read');
    return this.current();
  }

  /** Every version, newest first (admin). */
  async history(actor: Actor): Promise<CycleSettingsVersion[]> {
    this.access.requirePermission(actor, 'settings.manage');
    return this.dataSource.query(
      `SELECT value AS settings, version, to_char(effective_on, 'YYYY-MM-DD') AS "effectiveOn"
       FROM contact_cycle_versions ORDER BY version DESC`,
    );
  }

  async update(
    actor: Actor,
    next: ContactCycleSettings,
    expectedVersion: number,
    requestId: string,
  ): Promise<CycleSettingsVersion> {
    this.access.requirePermission(actor, 'settings.manage');
    const problem = contactCycleSettingsProblem(next);
    if (problem) {
      const { field, message, rule, ...params } = problem;
      throw badInput(field, `${field} ${message}`, { rule, params });
    }
    return this.dataSource.transaction(async (manager) => {
      // One change at a time: the version is the row's key.
      await manager.query(`LOCK TABLE contact_cycle_versions IN EXCLUSIVE MODE`);
      const before = await cycleSettingsInForce(manager);
      if (before.version !== expectedVersion)
        throw conflict('The contact cycles were changed by someone else; reload and try again');
      const version = before.version + 1;
      const effectiveOn = bankToday();
      await manager.query(
        `INSERT INTO contact_cycle_versions (version, effective_on, value, created_by) VALUES ($1, $2, $3, $4)`,
        [version, effectiveOn, JSON.stringify(next), actor.userId],
      );
      await refreshCycles(manager, { kind: 'all' }, await latestCompletedRun(manager), next);
      await this.audit.record(
        {
          actor,
          operation: 'updateContactCycleSettings',
          entityType: 'Settings',
          entityId: 'contactCycles',
          before: { ...before.settings },
          after: { ...next, effectiveOn },
          requestId,
        },
        manager,
      );
      return { settings: next, version, effectiveOn };
    });
  }
}
