import { addDays } from '../training/training-file';
import type { ValueTier } from '../ranking/settings';
import type { ContactCycleSettings } from './cycle-settings';

/** What a client's next due date depends on (docs/domain.md rule 6). Dates are bank dates. */
export interface CycleState {
  /** The serving RM; null in the branch pool. */
  managerId: number | null;
  /** The client's tier while it is core; null when it is not core. */
  tier: ValueTier | null;
  /** The day the current RM's period (or the pool's) began. */
  assignedOn: string | null;
  /** The day the client last entered the core; null when it is not core. */
  coreSince: string | null;
  /** The last qualifying contact, by anyone (a new RM inherits the history). */
  lastContactOn: string | null;
}

const later = (a: string | null, b: string | null) =>
  a === null ? b : b === null || a >= b ? a : b;

/**
 * The day by which the client must next be contacted: its last qualifying contact plus the
 * cycle of its tier. A client that came to its RM, or entered the core, since that contact
 * (or was never contacted) gets the grace period from that day instead, unless its last
 * contact's cycle runs longer. Null for a client with no cycle: not core, or in the pool.
 */
export function nextDueOn(
  state: CycleState,
  settings: Pick<ContactCycleSettings, 'cycleDays' | 'graceDays'>,
): string | null {
  if (state.managerId === null || state.tier === null) return null;
  const fromContact =
    state.lastContactOn === null
      ? null
      : addDays(state.lastContactOn, settings.cycleDays[state.tier]);
  const start = later(state.assignedOn, state.coreSince);
  if (start === null || (state.lastContactOn !== null && state.lastContactOn >= start))
    return fromContact;
  return later(addDays(start, settings.graceDays), fromContact);
}
