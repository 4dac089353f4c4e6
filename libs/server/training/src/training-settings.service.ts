import { trainingSettingsProblem, type Actor, type TrainingSettings } from '@corebook/domain';
import { SettingsStore, type SettingsArea, type Versioned } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

const TRAINING: SettingsArea<TrainingSettings> = {
  key: 'training',
  label: 'training settings',
  operation: 'updateTrainingSettings',
  problem: trainingSettingsProblem,
};

export type VersionedTrainingSettings = Versioned<TrainingSettings>;

/** The training rule settings (yearly requirement, minimum points, …), kept in `settings`. */
@Injectable()
export class TrainingSettingsService {
  constructor(
    private readonly store: SettingsStore,
    private readonly access: AccessService,
  ) {}

  current(manager?: EntityManager): Promise<VersionedTrainingSettings> {
    return this.store.read(TRAINING, manager);
  }

  update(
    actor: Actor,
    next: TrainingSettings,
    expectedVersion: number,
    requestId: string,
  ): Promise<VersionedTrainingSettings> {
    this.access.requirePermission(actor, 'settings.manage');
    return this.store.update(actor, TRAINING, next, expectedVersion, requestId);
  }
}
