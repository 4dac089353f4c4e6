import { daysBetween } from '../servicing/contacts';
import { addDays } from '../training/training-file';
import type { ComplaintComplexity } from './complaints';
import type { ComplaintSettings } from './settings';

/**
 * One clock of a complaint: from the day it was received (or reopened on new facts, which
 * starts a new clock), its complexity, the pauses while an outside appraisal ran (the last
 * may still be open), and whether the one further extension was approved.
 */
export interface ComplaintClock {
  startedOn: string;
  complexity: ComplaintComplexity;
  pauses: readonly { from: string; to: string | null }[];
  extended: boolean;
}

/** Days the clock stood still in closed pauses. */
export function daysPaused(clock: Pick<ComplaintClock, 'pauses'>): number {
  return clock.pauses.reduce(
    (days, pause) =>
      days + (pause.to === null ? 0 : Math.max(0, daysBetween(pause.from, pause.to))),
    0,
  );
}

/**
 * The day the bank must decide and tell the client by: the start plus the days for the
 * complexity, plus the extension when approved, plus the days paused. Null while a pause is
 * open: the clock stands still and the date is not yet known.
 */
export function complaintDueOn(clock: ComplaintClock, settings: ComplaintSettings): string | null {
  if (clock.pauses.some((pause) => pause.to === null)) return null;
  const days =
    settings.deadlineDays[clock.complexity] +
    (clock.extended ? settings.extensionDays : 0) +
    daysPaused(clock);
  return addDays(clock.startedOn, days);
}

/** Only an especially complex case may be extended, once, and only where the settings allow it. */
export function extensionRefusal(
  clock: Pick<ComplaintClock, 'complexity' | 'extended'>,
  settings: ComplaintSettings,
): 'NOT_ESPECIALLY_COMPLEX' | 'ALREADY_EXTENDED' | 'NO_EXTENSION' | null {
  if (clock.complexity !== 'ESPECIALLY_COMPLEX') return 'NOT_ESPECIALLY_COMPLEX';
  if (clock.extended) return 'ALREADY_EXTENDED';
  if (settings.extensionDays === 0) return 'NO_EXTENSION';
  return null;
}

export type ClockStanding = 'PAUSED' | 'OVERDUE' | 'DUE_SOON' | 'ON_TIME';

/** Where an open complaint stands on `today`. */
export function clockStanding(
  dueOn: string | null,
  today: string,
  settings: Pick<ComplaintSettings, 'dueSoonDays'>,
): ClockStanding {
  if (dueOn === null) return 'PAUSED';
  if (dueOn < today) return 'OVERDUE';
  if (daysBetween(today, dueOn) <= settings.dueSoonDays) return 'DUE_SOON';
  return 'ON_TIME';
}
