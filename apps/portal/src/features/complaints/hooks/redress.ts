import { COMPLAINT_LIMITS, toFen } from '@corebook/domain';

/**
 * Redress as the API takes it: yuan as a decimal string with at most two decimals, from 0
 * to the limit, counted in fen (never a float). Commas typed as thousands separators go.
 */
export function redressAmount(text: string | undefined): string | null {
  const amount = (text ?? '').replace(/,/g, '').trim();
  if (!/^\d+(\.\d{1,2})?$/.test(amount)) return null;
  return toFen(amount) <= BigInt(COMPLAINT_LIMITS.maxRedressYuan) * 100n ? amount : null;
}
