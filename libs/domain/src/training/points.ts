/**
 * Training points are exact decimals with one place ("2.5"), kept as strings like money
 * and added in whole tenths so a career decision never hangs on a float rounding.
 */
const POINTS = /^\d{1,5}(\.\d)?$/;

export function toTenths(points: string): number {
  if (!POINTS.test(points)) throw new Error(`not a points value: "${points}"`);
  const [whole, fraction = '0'] = points.split('.');
  return Number(whole) * 10 + Number(fraction);
}

export function fromTenths(tenths: number): string {
  return `${Math.trunc(tenths / 10)}.${Math.abs(tenths % 10)}`;
}

/** Normalises "12", "12.0" and "12.50"-style input to "12.0"; null when not a valid points value. */
export function parsePoints(text: string): string | null {
  const trimmed = text.trim();
  const match = /^(\d{1,5})(?:\.(\d)0*)?$/.exec(trimmed);
  return match ? `${Number(match[1])}.${match[2] ?? '0'}` : null;
}
