/**
 * Client ids are numeric strings (bigint keys in the database), so they are ordered by
 * length, then text: '9' < '10' without ever parsing past 2^53.
 */
export function compareClientIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
