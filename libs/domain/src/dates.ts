const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD that exists (no 2025-02-30, no year 0000). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

const calendars = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) at `at` in an IANA time zone such as Asia/Shanghai. */
export function todayIn(timeZone: string, at: Date = new Date()): string {
  // A formatter is costly to make (a tenth of a revisit queue request's CPU): one per zone.
  let format = calendars.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    calendars.set(timeZone, format);
  }
  return format.format(at);
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time at `at` in an IANA time zone: 'YYYY-MM-DD HH:mm:ss'. */
export function wallClockIn(timeZone: string, at: Date): string {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    wallClocks.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

/** How far the zone's clock is ahead of UTC at `at`, in milliseconds. */
function offsetAt(timeZone: string, at: number): number {
  return Date.parse(`${wallClockIn(timeZone, new Date(at)).replace(' ', 'T')}Z`) - at;
}

/**
 * The instant a calendar day (YYYY-MM-DD) begins in a time zone: '2026-12-07' in
 * Asia/Shanghai is 2026-12-06T16:00:00Z. Checked twice for a day a clock change starts.
 */
export function startOfDayIn(timeZone: string, date: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  const guess = midnightUtc - offsetAt(timeZone, midnightUtc);
  return new Date(midnightUtc - offsetAt(timeZone, guess));
}
