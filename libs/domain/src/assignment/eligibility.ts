import type { AssignmentSettings } from './settings';

export type RmStatus = 'ACTIVE' | 'PROBATION' | 'LEFT';

/** Why an RM may not hold core clients now. */
export type CoreClientIneligibility = 'LEFT' | 'PROBATION' | 'TRAINING_POINTS';

/** Which year's training points carry an RM's eligibility (null: the minimum is not required). */
export type TrainingBasis = 'THIS_YEAR' | 'LAST_YEAR' | null;

/** Whether an RM's training file met the minimum points for core clients, per year. */
export interface MinimumMet {
  thisYear: boolean;
  lastYear: boolean;
}

/** Why an RM's posting alone keeps them from core clients, or null. */
export function postingProblem(
  status: RmStatus,
  settings: Pick<AssignmentSettings, 'allowProbation'>,
): CoreClientIneligibility | null {
  if (status === 'LEFT') return 'LEFT';
  if (status === 'PROBATION' && !settings.allowProbation) return 'PROBATION';
  return null;
}

/**
 * Who may hold core clients (docs/domain.md rules 3 and 10), the one rule every screen states:
 * an RM whose posting allows it and, when the settings require it, who met the training
 * minimum this year or last year. Points build up over the year, so in January nobody has
 * this year's yet, and last year's minimum carries an RM until they have.
 */
export function coreClientStanding(
  status: RmStatus,
  minimumMet: MinimumMet,
  settings: Pick<AssignmentSettings, 'allowProbation' | 'requireTrainingMinimum'>,
): { ineligibility: CoreClientIneligibility | null; basis: TrainingBasis } {
  const posting = postingProblem(status, settings);
  if (posting) return { ineligibility: posting, basis: null };
  if (!settings.requireTrainingMinimum) return { ineligibility: null, basis: null };
  if (minimumMet.thisYear) return { ineligibility: null, basis: 'THIS_YEAR' };
  if (minimumMet.lastYear) return { ineligibility: null, basis: 'LAST_YEAR' };
  return { ineligibility: 'TRAINING_POINTS', basis: null };
}
