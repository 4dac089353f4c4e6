import { todayIn } from '@corebook/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useCurrentUser } from '../app/auth';

/**
 * Today where the bank is (its time zone, from the server), not where the browser is: the
 * server refuses dates after the bank's today, so pickers and "due" marks must agree.
 */
export function useBankToday(): { iso: string; day: Dayjs } {
  const iso = todayIn(useCurrentUser().timeZone);
  return { iso, day: dayjs(iso) };
}
