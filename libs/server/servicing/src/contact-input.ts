import { CONTACT_LIMITS, addDays } from '@corebook/domain';
import { badInput, bankToday } from '@corebook/server/common';

// A contact's input, checked at the boundary: each refusal a BAD_USER_INPUT naming its field.

/** A contact time: a valid instant, not in the future, not over a year back. */
export function occurredAtOf(at: Date): string {
  if (!(at instanceof Date) || Number.isNaN(at.getTime()))
    throw badInput('occurredAt', 'occurredAt is not a date and time', { rule: 'DATE_TIME' });
  if (at.getTime() > Date.now())
    throw badInput('occurredAt', 'A contact cannot happen in the future', {
      rule: 'DATE_IN_FUTURE',
    });
  const earliest = addDays(bankToday(), -CONTACT_LIMITS.planAheadDays);
  if (at.toISOString().slice(0, 10) < earliest)
    throw badInput('occurredAt', `A contact is logged within a year of it (from ${earliest})`, {
      rule: 'DATE_TOO_EARLY',
      params: { min: earliest },
    });
  return at.toISOString();
}

/** A planned date: from today, at most a year ahead. */
export function requirePlanDate(field: string, plannedOn: string): void {
  const today = bankToday();
  const latest = addDays(today, CONTACT_LIMITS.planAheadDays);
  if (plannedOn < today)
    throw badInput(field, 'A contact is planned for today or later', {
      rule: 'DATE_IN_PAST',
    });
  if (plannedOn > latest)
    throw badInput(field, `A contact is planned at most a year ahead (until ${latest})`, {
      rule: 'DATE_TOO_LATE',
      params: { max: latest },
    });
}
