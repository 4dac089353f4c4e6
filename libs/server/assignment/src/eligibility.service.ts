import type { AssignmentSettings } from '@corebook/domain';
import { bankYear } from '@corebook/server/common';
import { TrainingFileService } from '@corebook/server/training';
import { Injectable } from '@nestjs/common';
import { IneligibleReasonValue } from './assignment.types';

export interface ManagerPosting {
  id: number;
  status: 'ACTIVE' | 'PROBATION' | 'LEFT';
}

/** Why an RM's posting alone keeps them from core clients, or null. */
export function postingProblem(
  status: ManagerPosting['status'],
  settings: Pick<AssignmentSettings, 'allowProbation'>,
): IneligibleReasonValue | null {
  if (status === 'LEFT') return IneligibleReasonValue.LEFT;
  if (status === 'PROBATION' && !settings.allowProbation) return IneligibleReasonValue.PROBATION;
  return null;
}

/**
 * Which RMs may receive core clients (docs/domain.md rule 3): active (or on probation when the
 * settings allow it) and, when required, holding the training minimum for core clients
 * (rule 10, read from the training files) this year or last year: points build up over the
 * year, so in January nobody has this year's yet, and last year's minimum carries an RM
 * until they have.
 */
@Injectable()
export class EligibilityService {
  constructor(private readonly training: TrainingFileService) {}

  /** Each RM's reason to be ineligible; null means eligible. */
  async reasons(
    managers: readonly ManagerPosting[],
    settings: AssignmentSettings,
  ): Promise<Map<number, IneligibleReasonValue | null>> {
    const reasons = new Map<number, IneligibleReasonValue | null>(
      managers.map((manager) => [manager.id, postingProblem(manager.status, settings)]),
    );
    if (settings.requireTrainingMinimum) {
      const postedOk = managers.filter((manager) => reasons.get(manager.id) === null);
      const ids = postedOk.map((manager) => manager.id);
      const [thisYear, lastYear] = await Promise.all([
        this.training.meetsCoreClientMinimum(ids, bankYear()),
        this.training.meetsCoreClientMinimum(ids, bankYear() - 1),
      ]);
      for (const manager of postedOk) {
        if (thisYear.get(manager.id) !== true && lastYear.get(manager.id) !== true)
          reasons.set(manager.id, IneligibleReasonValue.TRAINING_POINTS);
      }
    }
    return reasons;
  }
}
