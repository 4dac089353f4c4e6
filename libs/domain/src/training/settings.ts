/** Rule settings for training points (admin edits them; stored as the 'training' setting). */
export interface TrainingSettings {
  /** Points an RM must earn in a calendar year, unless their grade has its own figure. */
  yearlyRequirement: number;
  yearlyRequirementByGrade: Partial<Record<string, number>>;
  /** The assignment solver gives core clients only to RMs with at least these points this year. */
  minimumPointsForCoreClients: number;
  /** Upper bound for points on one record (import and manual entry). */
  maxPointsPerRecord: number;
  /** Certificates expiring within this many days are flagged. */
  certificateExpiryWarningDays: number;
}

/** The 'training' setting a new bank starts with (the migration inserts it; a spec checks). */
export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = {
  yearlyRequirement: 40,
  yearlyRequirementByGrade: { JUNIOR: 30, INTERMEDIATE: 40, SENIOR: 40, PRINCIPAL: 50 },
  minimumPointsForCoreClients: 20,
  maxPointsPerRecord: 100,
  certificateExpiryWarningDays: 60,
};

export function yearlyRequirementFor(settings: TrainingSettings, grade: string): number {
  return settings.yearlyRequirementByGrade[grade] ?? settings.yearlyRequirement;
}

/** Returns the first problem with proposed settings, or null when they are usable. */
export function trainingSettingsProblem(
  settings: TrainingSettings,
): { field: string; message: string } | null {
  const wholeInRange = (value: unknown, max: number) =>
    Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;
  if (!wholeInRange(settings.yearlyRequirement, 1000))
    return { field: 'yearlyRequirement', message: 'must be a whole number from 0 to 1000' };
  for (const [grade, value] of Object.entries(settings.yearlyRequirementByGrade)) {
    if (!wholeInRange(value, 1000))
      return {
        field: `yearlyRequirementByGrade.${grade}`,
        message: 'must be a whole number from 0 to 1000',
      };
  }
  if (!wholeInRange(settings.minimumPointsForCoreClients, 1000)) {
    return {
      field: 'minimumPointsForCoreClients',
      message: 'must be a whole number from 0 to 1000',
    };
  }
  if (!wholeInRange(settings.maxPointsPerRecord, 1000) || settings.maxPointsPerRecord < 1) {
    return { field: 'maxPointsPerRecord', message: 'must be a whole number from 1 to 1000' };
  }
  if (!wholeInRange(settings.certificateExpiryWarningDays, 365)) {
    return {
      field: 'certificateExpiryWarningDays',
      message: 'must be a whole number of days from 0 to 365',
    };
  }
  return null;
}
