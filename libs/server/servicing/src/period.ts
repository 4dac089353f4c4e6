import { daysBetween, isIsoDate } from '@corebook/domain';
import { badInput } from '@corebook/server/common';

/** The longest period a report is asked for at once (two years). */
export const PERIOD_MAX_DAYS = 731;

/**
 * A reporting period (coverage, complaint summaries): two dates, in order, at most two years
 * apart; each refusal a BAD_USER_INPUT naming its field.
 */
export function requirePeriod(from: string, to: string): void {
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!isIsoDate(value))
      throw badInput(field, `${field} must be a date (YYYY-MM-DD)`, { rule: 'DATE_FORMAT' });
  if (to < from)
    throw badInput('to', 'The period ends before it starts', { rule: 'DATE_BEFORE_START' });
  if (daysBetween(from, to) >= PERIOD_MAX_DAYS)
    throw badInput('to', `A period is at most ${PERIOD_MAX_DAYS} days`, {
      rule: 'PERIOD_TOO_LONG',
      params: { max: PERIOD_MAX_DAYS },
    });
}
