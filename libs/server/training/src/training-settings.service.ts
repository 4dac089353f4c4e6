import { trainingSettingsProblem, type Actor, type TrainingSettings } from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { badInput, conflict } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

const KEY = 'training';

export interface VersionedTrainingSettings {
  settings: TrainingSettings;
  version: number;
}

/** The training rule settings (yearly requirement, minimum points, …), kept in `settings`. */
@Injectable()
export class TrainingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async current(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VersionedTrainingSettings> {
    const [row] = await manager.query<{ value: TrainingSettings; version: number }[]>(
      'SELECT value, version FROM settings WHERE key = $1',
      [KEY],
    );
    return { settings: row.value, version: row.version };
  }

  async update(
    actor: Actor,
    next: TrainingSettings,
    expectedVersion: number,
    requestId: string,
  ): Promise<VersionedTrainingSettings> {
    this.access.requirePermission(actor, 'settings.manage');
    const problem = trainingSettingsProblem(next);
    if (problem) throw badInput(problem.field, `${problem.field} ${problem.message}`);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.current(manager);
      const updated = await manager.query<{ version: number }[]>(
        // As a CTE so the driver returns the rows (a bare UPDATE answers [rows, count]).
        `WITH updated AS (UPDATE settings SET value = $2, version = version + 1, updated_at = now(), updated_by = $3
         WHERE key = $1 AND version = $4 RETURNING version) SELECT version FROM updated`,
        [KEY, JSON.stringify(next), actor.userId, expectedVersion],
      );
      if (updated.length === 0)
        throw conflict('The training settings were changed by someone else; reload and try again');
      await this.audit.record(
        {
          actor,
          operation: 'updateTrainingSettings',
          entityType: 'Settings',
          entityId: KEY,
          before: { ...before.settings },
          after: { ...next },
          requestId,
        },
        manager,
      );
      return { settings: next, version: updated[0].version };
    });
  }
}
