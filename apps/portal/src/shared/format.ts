import dayjs from 'dayjs';
// Money arrives as decimal strings (yuan). Intl.NumberFormat formats the string itself,
// so no float rounding happens on the way to the screen.
const DECIMAL = /^-?\d+(\.\d+)?$/;
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string): Intl.NumberFormat {
  let found = formatters.get(locale);
  if (!found) {
    found = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(locale, found);
  }
  return found;
}

/**
 * Money one way on every screen, to the fen: "1234567.5" → "1,234,567.50" (en and zh-CN);
 * empty → an em dash.
 */
export function formatMoney(amount: string | null | undefined, locale: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const trimmed = amount.trim();
  if (!DECIMAL.test(trimmed)) return amount;
  return formatter(locale).format(trimmed as `${number}`);
}

/** Short axis labels for charts: 1.2M / 120万. Charts only, so a float is fine here. */
export function formatCompact(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** Dates come as 'YYYY-MM-DD'; banks read ISO dates in both languages. */
export function formatDate(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '—';
}

/** A month of facts ('YYYY-MM-01') by name: "September 2026" (en), "2026年9月" (zh-CN). */
export function formatMonth(value: string | null | undefined, locale: string): string {
  if (!value) return '—';
  const [year, month] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A share from 0 to 1 as a percentage: 0.8123 → "81.2%" (en) or "81.2%" (zh-CN). */
export function formatShare(
  share: number | null | undefined,
  locale: string,
  fractionDigits = 1,
): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(share);
}

/** A balance ratio such as max / mean workload: 1.0834 → "1.08×". */
export function formatRatio(ratio: number | null | undefined, locale: string): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio)}×`;
}

/** Date-times arrive as ISO strings at UTC; shown in the browser's time zone, to the minute. */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

/** Names in the order a Chinese bank's staff read them (pinyin), as the API sorts them. */
export const compareNames = new Intl.Collator('zh-CN').compare;
