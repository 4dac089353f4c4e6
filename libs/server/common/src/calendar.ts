import { todayIn } from '@corebook/domain';

/** BANK_TIME_ZONE checked: unset means Asia/Shanghai; a name Intl does not know stops start-up. */
export function bankTimeZoneFrom(raw: string | undefined): string {
  const zone = raw || 'Asia/Shanghai';
  try {
    todayIn(zone);
  } catch {
    throw new Error(
      `BANK_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${zone}"`,
    );
  }
  return zone;
}

/**
 * Where the bank is (BANK_TIME_ZONE, default Asia/Shanghai). "Today" for effective dates,
 * completion dates and the training year is the bank's date, not UTC's: at 01:00 in
 * Shanghai it is still yesterday in UTC.
 */
export const BANK_TIME_ZONE = bankTimeZoneFrom(process.env.BANK_TIME_ZONE);

/** Today's date where the bank is, YYYY-MM-DD. */
export const bankToday = (at?: Date): string => todayIn(BANK_TIME_ZONE, at);

/** This year where the bank is. */
export const bankYear = (): number => Number(bankToday().slice(0, 4));
