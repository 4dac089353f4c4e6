import { addDays } from '../training/training-file';
import type { ValueTier } from '../ranking/settings';
import { contactCounts, daysBetween, type ContactOutcome, type ContactType } from './contacts';
import type { ContactCycleSettings } from './cycle-settings';
import { nextDueOn, type CycleState } from './next-due';

/**
 * What changes a client's cycle, each on the bank date it was written: the client given to an
 * RM (null: the pool), a ranking (its tier while core, null when not core), a contact
 * completed (counted from the day it was logged, due from the day it happened), new settings.
 */
export type CycleEvent =
  | { on: string; kind: 'ASSIGNED'; managerId: number | null }
  | { on: string; kind: 'RANKED'; tier: ValueTier | null }
  | { on: string; kind: 'CONTACT'; occurredOn: string; type: ContactType; outcome: ContactOutcome }
  | { on: string; kind: 'SETTINGS'; settings: ContactCycleSettings };

/** From `on` until the next entry the client was served by `managerId` and due on `dueOn`. */
export interface CycleEntry {
  on: string;
  managerId: number | null;
  dueOn: string | null;
}

/**
 * A client's cycle over time: its events replayed in order (events of one day are taken
 * together, and the day belongs to the state they leave), one entry each time the serving
 * RM or the due date changed. The database keeps the same entries as it goes
 * (`client_cycle_log`); a spec checks the two agree on the demo bank.
 */
export function cycleTimeline(
  events: readonly CycleEvent[],
  settings: ContactCycleSettings,
): CycleEntry[] {
  const ordered = events
    .map((event, index) => ({ event, index }))
    .sort((a, b) =>
      a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : a.index - b.index,
    )
    .map(({ event }) => event);
  let current = settings;
  const state: CycleState = {
    managerId: null,
    tier: null,
    assignedOn: null,
    coreSince: null,
    lastContactOn: null,
  };
  const contacts: { occurredOn: string; type: ContactType; outcome: ContactOutcome }[] = [];
  const entries: CycleEntry[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const event = ordered[i];
    switch (event.kind) {
      case 'ASSIGNED':
        if (event.managerId !== state.managerId) {
          state.managerId = event.managerId;
          state.assignedOn = event.on;
        }
        break;
      case 'RANKED':
        if (event.tier !== null && state.tier === null) state.coreSince = event.on;
        if (event.tier === null) state.coreSince = null;
        state.tier = event.tier;
        break;
      case 'CONTACT':
        contacts.push(event);
        break;
      case 'SETTINGS':
        current = event.settings;
        break;
    }
    if (ordered[i + 1]?.on === event.on) continue;
    state.lastContactOn = lastQualifying(contacts, current);
    const dueOn = nextDueOn(state, current);
    const last = entries[entries.length - 1];
    if (!last || last.managerId !== state.managerId || last.dueOn !== dueOn)
      entries.push({ on: event.on, managerId: state.managerId, dueOn });
  }
  return entries;
}

function lastQualifying(
  contacts: readonly { occurredOn: string; type: ContactType; outcome: ContactOutcome }[],
  settings: ContactCycleSettings,
): string | null {
  let last: string | null = null;
  for (const contact of contacts)
    if (
      contactCounts({ ...contact, status: 'DONE' }, settings) &&
      (last === null || contact.occurredOn > last)
    )
      last = contact.occurredOn;
  return last;
}

/** An RM's coverage figures for a period: core client-days in their book, and those within cycle. */
export interface CoverageDays {
  coreDays: number;
  withinDays: number;
}

/**
 * Coverage (docs/domain.md rule 6) of one client's timeline over the days `from` to `to`
 * (inclusive), per RM: each day the client was core and in an RM's book counts for that RM,
 * and is within cycle when it is not past the due date. A client moved mid-period counts for
 * each RM by the days it was theirs.
 */
export function coverageDays(
  timeline: readonly CycleEntry[],
  from: string,
  to: string,
): Map<number, CoverageDays> {
  const byManager = new Map<number, CoverageDays>();
  const end = addDays(to, 1);
  timeline.forEach((entry, i) => {
    if (entry.managerId === null || entry.dueOn === null) return;
    const start = entry.on > from ? entry.on : from;
    const next = timeline[i + 1]?.on ?? end;
    const stop = next < end ? next : end;
    const days = daysBetween(start, stop);
    if (days <= 0) return;
    const dueEnd = addDays(entry.dueOn, 1);
    const within = Math.max(0, daysBetween(start, dueEnd < stop ? dueEnd : stop));
    const figures = byManager.get(entry.managerId) ?? { coreDays: 0, withinDays: 0 };
    figures.coreDays += days;
    figures.withinDays += within;
    byManager.set(entry.managerId, figures);
  });
  return byManager;
}

/** Coverage as a ratio of 0 to 1; null for an RM with no core client-days in the period. */
export function coverageRatio(days: CoverageDays): number | null {
  return days.coreDays === 0 ? null : days.withinDays / days.coreDays;
}
