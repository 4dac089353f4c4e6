import { CONTACT_TYPES, type ContactType } from './contacts';
import {
  VALUE_TIERS,
  outOfRange,
  wholeBetween,
  type SettingsProblem,
  type ValueTier,
} from '../ranking/settings';

/**
 * Contact cycles (docs/domain.md rule 6): how often a core client of each value tier must be
 * contacted, which contact types count, the grace given when a client comes to an RM (or
 * enters the core), and how long the author may edit a contact. Admin edits them; each
 * version is kept with the date it took effect, so past coverage is explained by the rules
 * of its day. Non-core clients have no cycle.
 */
export interface ContactCycleSettings {
  /** Days between qualifying contacts, per tier of a core client. */
  cycleDays: Record<ValueTier, number>;
  /** Contact types that count towards a cycle (a message alone may not). */
  countingTypes: ContactType[];
  /** A client newly given to an RM, or newly core, is due within this many days. */
  graceDays: number;
  /** The author may edit a contact for this many days after writing it; then addenda. */
  editWindowDays: number;
}

/** What a new bank starts with (the migration inserts it; a spec checks they agree). */
export const DEFAULT_CONTACT_CYCLE_SETTINGS: ContactCycleSettings = {
  cycleDays: { PLATINUM: 30, GOLD: 60, SILVER: 90, BRONZE: 180 },
  countingTypes: ['VISIT', 'PHONE', 'VIDEO', 'BRANCH_MEETING'],
  graceDays: 14,
  editWindowDays: 3,
};

/** The first problem with proposed contact-cycle settings, or null when they are usable. */
export function contactCycleSettingsProblem(
  settings: ContactCycleSettings,
): SettingsProblem | null {
  for (const tier of VALUE_TIERS) {
    if (!wholeBetween(settings.cycleDays?.[tier], 1, 730))
      return outOfRange(`cycleDays.${tier}`, 1, 730, true);
  }
  const types = settings.countingTypes;
  if (
    !Array.isArray(types) ||
    types.length === 0 ||
    types.some((type) => !CONTACT_TYPES.includes(type)) ||
    new Set(types).size !== types.length
  )
    return {
      field: 'countingTypes',
      rule: 'CHOICE',
      message: 'must name at least one contact type, each once',
    };
  if (!wholeBetween(settings.graceDays, 0, 365)) return outOfRange('graceDays', 0, 365, true);
  if (!wholeBetween(settings.editWindowDays, 0, 30))
    return outOfRange('editWindowDays', 0, 30, true);
  return null;
}
