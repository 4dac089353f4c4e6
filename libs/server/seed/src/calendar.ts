/** Dates as whole days since 1970-01-01 (UTC), with their ISO texts cached for COPY. */
const DAY_MS = 86_400_000;

export const FACT_MONTHS = 24;
/** How far back clients' opening dates reach. */
export const HISTORY_YEARS = 15;

export function parseIsoDay(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    throw new Error(`asOf must be a date like 2026-10-31, got "${text}"`);
  const ms = Date.parse(`${text}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text)
    throw new Error(`asOf is not a valid date: "${text}"`);
  return ms / DAY_MS;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function monthStartDay(year: number, month0: number): number {
  return Date.UTC(year, month0, 1) / DAY_MS;
}

/**
 * The fact window: FACT_MONTHS months ending with the month before `asOf`'s month,
 * and a cache of ISO texts for every day from the oldest possible opening date to asOf.
 */
export class Timeline {
  readonly asOfDay: number;
  readonly monthStart = new Int32Array(FACT_MONTHS);
  readonly monthDays = new Int32Array(FACT_MONTHS);
  readonly monthText: string[] = [];
  /** First day of the fact window. */
  readonly windowStart: number;
  /** Last day of the last fact month: nothing (opening, activity) happens after it. */
  readonly lastDay: number;
  /** First day a client may have opened. */
  readonly firstDay: number;
  private readonly texts: string[] = [];
  private readonly dayBytes: Buffer[] = [];
  readonly monthBytes: Buffer[] = [];

  constructor(readonly asOf: string) {
    this.asOfDay = parseIsoDay(asOf);
    const asOfDate = new Date(this.asOfDay * DAY_MS);
    const year = asOfDate.getUTCFullYear();
    const month0 = asOfDate.getUTCMonth();
    for (let m = 0; m < FACT_MONTHS; m++) {
      const offset = month0 - FACT_MONTHS + m;
      const start = monthStartDay(year, offset);
      this.monthStart[m] = start;
      this.monthDays[m] = monthStartDay(year, offset + 1) - start;
      this.monthText.push(isoDay(start));
    }
    this.windowStart = this.monthStart[0];
    this.lastDay = monthStartDay(year, month0) - 1;
    this.firstDay = monthStartDay(year - HISTORY_YEARS - 1, month0);
    for (let day = this.firstDay; day <= this.asOfDay; day++) {
      this.texts.push(isoDay(day));
      this.dayBytes.push(Buffer.from(isoDay(day), 'latin1'));
    }
    for (const text of this.monthText) this.monthBytes.push(Buffer.from(text, 'latin1'));
  }

  /** ISO text of a day as bytes, for CopyWriter. */
  bytes(day: number): Buffer {
    return this.dayBytes[day - this.firstDay] ?? Buffer.from(isoDay(day), 'latin1');
  }

  /** ISO text of a day inside the cached range (any other day is computed). */
  text(day: number): string {
    return this.texts[day - this.firstDay] ?? isoDay(day);
  }

  /** Index of the fact month containing `day`: negative before the window. */
  monthOf(day: number): number {
    if (day < this.windowStart) return -1;
    let m = FACT_MONTHS - 1;
    while (m > 0 && this.monthStart[m] > day) m--;
    return m;
  }
}
