import { isIsoDate } from '@corebook/domain';

/** The periods the coverage page offers; a custom one names its own days. */
export const PERIOD_KINDS = ['thisMonth', 'lastMonth', 'thisQuarter', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface CoveragePeriod {
  kind: PeriodKind;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, date: number) => `${year}-${pad(month)}-${pad(date)}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The days of a period as of the bank's `today` (YYYY-MM-DD). A period still running ends
 * today: coverage counts the days that have happened (the API caps `to` at today too).
 */
export function periodDays(kind: Exclude<PeriodKind, 'custom'>, today: string): CoveragePeriod {
  const [year, month] = today.split('-').map(Number);
  if (kind === 'thisMonth') return { kind, from: day(year, month, 1), to: today };
  if (kind === 'lastMonth') {
    const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
    return { kind, from: day(y, m, 1), to: day(y, m, lastDay(y, m)) };
  }
  const first = month - ((month - 1) % 3);
  return { kind, from: day(year, first, 1), to: today };
}

/**
 * The period in the URL (?period=lastMonth, or ?period=custom&from=…&to=…); this month when
 * it names none, or a custom one that is not a usable range.
 */
export function periodFromQuery(query: URLSearchParams, today: string): CoveragePeriod {
  const kind = query.get('period');
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  if (kind === 'custom' && isIsoDate(from) && isIsoDate(to) && from <= to && from <= today)
    return { kind, from, to };
  if (kind === 'lastMonth' || kind === 'thisQuarter') return periodDays(kind, today);
  return periodDays('thisMonth', today);
}

/** The URL parameters of a period (this month, the default, needs none). */
export function periodQuery(period: CoveragePeriod): Record<string, string> {
  if (period.kind === 'thisMonth') return {};
  if (period.kind === 'custom') return { period: 'custom', from: period.from, to: period.to };
  return { period: period.kind };
}
