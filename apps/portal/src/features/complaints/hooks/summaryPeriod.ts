// The period a complaint summary covers, kept in the URL: this month (the default), last
// month, this quarter, or chosen days. Months and quarters run to the bank's today.
import { isIsoDate } from '@corebook/domain';

export const PERIOD_PRESETS = ['THIS_MONTH', 'LAST_MONTH', 'THIS_QUARTER'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type PeriodChoice = PeriodPreset | 'CUSTOM';

export interface SummaryParams {
  period: PeriodChoice;
  from: string;
  to: string;
  /** Admin's chosen branch; none is the whole bank. */
  branchId?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOf(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(days)}`;
}

/** The days of a preset period, as of the bank's `today` (YYYY-MM-DD). */
export function presetRange(preset: PeriodPreset, today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  switch (preset) {
    case 'THIS_MONTH':
      return { from: `${year}-${pad(month)}-01`, to: today };
    case 'LAST_MONTH': {
      const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
      return { from: `${y}-${pad(m)}-01`, to: lastDayOf(y, m) };
    }
    case 'THIS_QUARTER':
      return { from: `${year}-${pad(month - ((month - 1) % 3))}-01`, to: today };
  }
}

export function parseSummaryParams(query: URLSearchParams, today: string): SummaryParams {
  const raw = query.get('branch');
  const branchId = raw && /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
  const from = query.get('from');
  const to = query.get('to');
  if (from && to && isIsoDate(from) && isIsoDate(to) && from <= to)
    return { period: 'CUSTOM', from, to, branchId };
  const preset = PERIOD_PRESETS.find((p) => p === query.get('period')) ?? 'THIS_MONTH';
  return { period: preset, ...presetRange(preset, today), branchId };
}

export function summaryQuery(params: SummaryParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.period === 'CUSTOM') {
    query.set('from', params.from);
    query.set('to', params.to);
  } else if (params.period !== 'THIS_MONTH') query.set('period', params.period);
  if (params.branchId) query.set('branch', String(params.branchId));
  return query;
}
