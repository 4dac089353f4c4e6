// A complaint is received at a moment the bank states by its own clock (its time zone,
// from the server), whatever zone the browser is in.
import { startOfDayIn, wallClockIn } from '@corebook/domain';

/** The instant of a bank wall-clock time 'YYYY-MM-DD HH:mm', as an ISO string. */
export function bankInstant(timeZone: string, wallClock: string): string {
  const [date, time = '00:00'] = wallClock.split(' ');
  const [hours, minutes] = time.split(':').map(Number);
  // Right but on a day the zone's clock changes (China's never does).
  const start = startOfDayIn(timeZone, date).getTime();
  return new Date(start + (hours * 60 + minutes) * 60_000).toISOString();
}

/** The bank's wall clock at `at`, to the minute: 'YYYY-MM-DD HH:mm'. */
export function bankWallClock(timeZone: string, at: Date = new Date()): string {
  return wallClockIn(timeZone, at).slice(0, 16);
}
