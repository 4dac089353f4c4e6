import {
  complaintSettingsProblem,
  satisfactionSettingsProblem,
  type Actor,
  type ComplaintSettings,
  type SatisfactionSettings,
} from '@corebook/domain';
import { SettingsStore, type SettingsArea, type Versioned } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

const COMPLAINTS: SettingsArea<ComplaintSettings> = {
  key: 'complaints',
  label: 'complaint deadlines',
  operation: 'updateComplaintSettings',
  problem: complaintSettingsProblem,
};

const SATISFACTION: SettingsArea<SatisfactionSettings> = {
  key: 'satisfaction',
  label: 'satisfaction settings',
  operation: 'updateSatisfactionSettings',
  problem: satisfactionSettingsProblem,
};

/** The complaint clock's deadlines and the satisfaction index's weights, kept in `settings`. */
@Injectable()
export class ComplaintSettingsService {
  constructor(
    private readonly store: SettingsStore,
    private readonly access: AccessService,
  ) {}

  complaints(manager?: EntityManager): Promise<Versioned<ComplaintSettings>> {
    return this.store.read(COMPLAINTS, manager);
  }

  satisfaction(manager?: EntityManager): Promise<Versioned<SatisfactionSettings>> {
    return this.store.read(SATISFACTION, manager);
  }

  updateComplaints(
    actor: Actor,
    next: ComplaintSettings,
    version: number,
    requestId: string,
  ): Promise<Versioned<ComplaintSettings>> {
    this.access.requirePermission(actor, 'settings.manage');
    return this.store.update(actor, COMPLAINTS, next, version, requestId);
  }

  updateSatisfaction(
    actor: Actor,
    next: SatisfactionSettings,
    version: number,
    requestId: string,
  ): Promise<Versioned<SatisfactionSettings>> {
    this.access.requirePermission(actor, 'settings.manage');
    return this.store.update(actor, SATISFACTION, next, version, requestId);
  }
}
