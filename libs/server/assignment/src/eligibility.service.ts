import {
  coreClientStanding,
  type AssignmentSettings,
  type RmStatus,
  type TrainingBasis,
} from '@corebook/domain';
import { bankYear } from '@corebook/server/common';
import { TrainingFileService } from '@corebook/server/training';
import { Injectable } from '@nestjs/common';
import type { IneligibleReasonValue } from './assignment.types';

export interface ManagerPosting {
  id: number;
  status: RmStatus;
}

export interface Standing {
  ineligibility: IneligibleReasonValue | null;
  basis: TrainingBasis;
}

/**
 * Which RMs may receive core clients: the domain's one rule (coreClientStanding) over each
 * RM's posting and their training files of this year and last year.
 */
@Injectable()
export class EligibilityService {
  constructor(private readonly training: TrainingFileService) {}

  /** Each RM's standing for core clients, and the year whose training points carry it. */
  async standings(
    managers: readonly ManagerPosting[],
    settings: AssignmentSettings,
  ): Promise<Map<number, Standing>> {
    const ids = managers.map((manager) => manager.id);
    const [thisYear, lastYear] = settings.requireTrainingMinimum
      ? await Promise.all([
          this.training.meetsCoreClientMinimum(ids, bankYear()),
          this.training.meetsCoreClientMinimum(ids, bankYear() - 1),
        ])
      : [new Map<number, boolean>(), new Map<number, boolean>()];
    return new Map(
      managers.map((manager) => {
        const minimumMet = {
          thisYear: thisYear.get(manager.id) === true,
          lastYear: lastYear.get(manager.id) === true,
        };
        const standing = coreClientStanding(manager.status, minimumMet, settings);
        return [
          manager.id,
          {
            ineligibility: standing.ineligibility as IneligibleReasonValue | null,
            basis: standing.basis,
          },
        ];
      }),
    );
  }

  /** Each RM's reason to be ineligible; null means eligible. */
  async reasons(
    managers: readonly ManagerPosting[],
    settings: AssignmentSettings,
  ): Promise<Map<number, IneligibleReasonValue | null>> {
    const standings = await this.standings(managers, settings);
    return new Map([...standings].map(([id, standing]) => [id, standing.ineligibility]));
  }
}
