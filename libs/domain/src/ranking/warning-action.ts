import { meaningfulLength } from '../text';

/**
 * Acting on an early warning (docs/domain.md rule 5): whoever acknowledges it says what was
 * done in a note and may set a date to follow up, between today and FOLLOW_UP_MAX_DAYS
 * ahead (a decline is judged on half-years; a later date is a plan, not a follow-up).
 */
export const ACTION_NOTE_MIN = 10;
export const ACTION_NOTE_MAX = 500;
export const FOLLOW_UP_MAX_DAYS = 180;

/** Why a value is refused, as a rule code the portal translates with its params. */
export interface WarningActionProblem {
  rule: 'ACTION_NOTE_LENGTH' | 'FOLLOW_UP_IN_PAST' | 'FOLLOW_UP_TOO_FAR';
  message: string;
  params: Record<string, number | string>;
}

/** The first problem with an action note (already trimmed), or null. */
export function actionNoteProblem(note: string): WarningActionProblem | null {
  if (meaningfulLength(note) >= ACTION_NOTE_MIN && note.length <= ACTION_NOTE_MAX) return null;
  return {
    rule: 'ACTION_NOTE_LENGTH',
    message: `Say what was done in ${ACTION_NOTE_MIN} to ${ACTION_NOTE_MAX} characters`,
    params: { min: ACTION_NOTE_MIN, max: ACTION_NOTE_MAX },
  };
}

/** The latest follow-up date allowed on `today` (both YYYY-MM-DD). */
export function latestFollowUp(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + FOLLOW_UP_MAX_DAYS);
  return date.toISOString().slice(0, 10);
}

/** The problem with a follow-up date on the bank's `today` (both YYYY-MM-DD), or null. */
export function followUpProblem(followUpOn: string, today: string): WarningActionProblem | null {
  if (followUpOn < today)
    return {
      rule: 'FOLLOW_UP_IN_PAST',
      message: `The follow-up date cannot be before today (${today})`,
      params: { today },
    };
  const latest = latestFollowUp(today);
  if (followUpOn > latest)
    return {
      rule: 'FOLLOW_UP_TOO_FAR',
      message: `Follow up within ${FOLLOW_UP_MAX_DAYS} days, by ${latest}`,
      params: { days: FOLLOW_UP_MAX_DAYS, latest },
    };
  return null;
}
