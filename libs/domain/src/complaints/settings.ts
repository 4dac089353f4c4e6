import { outOfRange, wholeBetween, type SettingsProblem } from '../ranking/settings';
import type { ComplaintComplexity } from './complaints';

/**
 * The complaint clock as data (docs/domain.md rule 7): days to decide by complexity, the one
 * further extension an especially complex case may get with approval, and when a complaint
 * counts as due soon. China's 2020 rules are the defaults; a bank under another regulator
 * changes the numbers (the UK's 8 weeks: 56 days for every complexity, no extension).
 */
export interface ComplaintSettings {
  deadlineDays: Record<ComplaintComplexity, number>;
  extensionDays: number;
  dueSoonDays: number;
}

export const DEFAULT_COMPLAINT_SETTINGS: ComplaintSettings = {
  deadlineDays: { SIMPLE: 15, COMPLEX: 30, ESPECIALLY_COMPLEX: 30 },
  extensionDays: 30,
  dueSoonDays: 3,
};

export function complaintSettingsProblem(settings: ComplaintSettings): SettingsProblem | null {
  for (const complexity of ['SIMPLE', 'COMPLEX', 'ESPECIALLY_COMPLEX'] as const)
    if (!wholeBetween(settings.deadlineDays?.[complexity], 1, 365))
      return outOfRange(`deadlineDays.${complexity}`, 1, 365, true);
  if (!wholeBetween(settings.extensionDays, 0, 365))
    return outOfRange('extensionDays', 0, 365, true);
  if (!wholeBetween(settings.dueSoonDays, 0, 30)) return outOfRange('dueSoonDays', 0, 30, true);
  return null;
}
