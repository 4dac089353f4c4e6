import { startOfDayIn, wallClockIn } from '@corebook/domain';
import dayjs, { type Dayjs } from 'dayjs';

// A contact's time is picked and shown on the bank's clock (User.timeZone), wherever the
// browser is: the picker holds the bank's wall-clock time, and these convert it.

/** Now on the bank's clock, to the minute, as the picker holds it. */
export function bankNow(timeZone: string, at: Date = new Date()): Dayjs {
  return dayjs(wallClockIn(timeZone, at).slice(0, 16));
}

/** The instant (ISO, UTC) of a wall-clock time on the bank's clock. */
export function instantOnBankClock(timeZone: string, wallClock: Dayjs): string {
  const midnight = startOfDayIn(timeZone, wallClock.format('YYYY-MM-DD'));
  const minutes = wallClock.hour() * 60 + wallClock.minute();
  return new Date(midnight.getTime() + minutes * 60_000).toISOString();
}

/** Whether a picked wall-clock time is later than now on the bank's clock. */
export function isAfterBankNow(timeZone: string, wallClock: Dayjs, at: Date = new Date()): boolean {
  return wallClock.isAfter(bankNow(timeZone, at), 'minute');
}

/** An instant as the bank's clock reads it, to the minute: '2026-03-01 09:30'. */
export function onBankClock(timeZone: string, iso: string | null | undefined): string {
  return iso ? wallClockIn(timeZone, new Date(iso)).slice(0, 16) : '—';
}

/** The bank's zone by its name in the user's language: 'China Standard Time', '中国标准时间'. */
export function zoneName(timeZone: string, locale: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
