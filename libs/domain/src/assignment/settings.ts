import {
  VALUE_TIERS,
  between,
  outOfRange,
  wholeBetween,
  type SettingsProblem,
  type ValueTier,
} from '../ranking/settings';

/** Rule settings for the assignment solver; stored as the 'assignment' setting. */
export interface AssignmentSettings {
  /** Service workload of one core client by tier (a bronze client is core only with a wide core percent). */
  workloadByTier: Record<ValueTier, number>;
  /** A kept pair may leave its RM at most this much above the branch's target workload. */
  balanceTolerance: number;
  /** Share (0-1) of a branch's core clients one plan may move for balance alone. */
  maxBalanceMoveShare: number;
  /** RMs on probation may receive core clients. */
  allowProbation: boolean;
  /** Only RMs with the training minimum for core clients (training settings) receive them. */
  requireTrainingMinimum: boolean;
}

export const DEFAULT_ASSIGNMENT_SETTINGS: AssignmentSettings = {
  workloadByTier: { PLATINUM: 3, GOLD: 2, SILVER: 1, BRONZE: 1 },
  balanceTolerance: 1.05,
  maxBalanceMoveShare: 0.1,
  allowProbation: false,
  requireTrainingMinimum: true,
};

/** The first problem with proposed assignment settings, or null when they are usable. */
export function assignmentSettingsProblem(settings: AssignmentSettings): SettingsProblem | null {
  for (const tier of VALUE_TIERS) {
    if (!wholeBetween(settings.workloadByTier?.[tier], 1, 100))
      return outOfRange(`workloadByTier.${tier}`, 1, 100, true);
  }
  if (!between(settings.balanceTolerance, 1, 3)) return outOfRange('balanceTolerance', 1, 3);
  if (!between(settings.maxBalanceMoveShare, 0, 1)) return outOfRange('maxBalanceMoveShare', 0, 1);
  for (const field of ['allowProbation', 'requireTrainingMinimum'] as const)
    if (typeof settings[field] !== 'boolean')
      return { field, rule: 'BOOLEAN', message: 'must be true or false' };
  return null;
}
