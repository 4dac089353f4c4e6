import { assignmentSettingsProblem, type Actor, type AssignmentSettings } from '@corebook/domain';
import { SettingsStore, type SettingsArea, type Versioned } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

const ASSIGNMENT: SettingsArea<AssignmentSettings> = {
  key: 'assignment',
  label: 'assignment settings',
  operation: 'updateAssignmentSettings',
  problem: assignmentSettingsProblem,
};

export type VersionedAssignmentSettings = Versioned<AssignmentSettings>;

/** The assignment solver's rule settings (workload by tier, balance, eligibility), kept in `settings`. */
@Injectable()
export class AssignmentSettingsService {
  constructor(
    private readonly store: SettingsStore,
    private readonly access: AccessService,
  ) {}

  /** For the people who plan: branch heads and admin. */
  read(actor: Actor): Promise<VersionedAssignmentSettings> {
    this.access.requirePermission(actor, 'assignment.manage');
    return this.current();
  }

  current(manager?: EntityManager): Promise<VersionedAssignmentSettings> {
    return this.store.read(ASSIGNMENT, manager);
  }

  update(
    actor: Actor,
    next: AssignmentSettings,
    expectedVersion: number,
    requestId: string,
  ): Promise<VersionedAssignmentSettings> {
    this.access.requirePermission(actor, 'settings.manage');
    return this.store.update(actor, ASSIGNMENT, next, expectedVersion, requestId);
  }
}
