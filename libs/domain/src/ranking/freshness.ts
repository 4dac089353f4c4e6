/**
 * A ranking counts the 12 months of facts up to its last loaded month. Facts of a month are
 * loaded after it closes, so a run in December normally counts up to October or November;
 * when the last month counted is older than that, the ranking looks current but is not.
 */
export function factsAreStale(lastFactMonth: string, effectiveOn: string): boolean {
  const [year, month] = effectiveOn.split('-').map(Number);
  // The first day of the month two months before the effective date's month.
  const oldestCurrent = new Date(Date.UTC(year, month - 1 - 2, 1)).toISOString().slice(0, 10);
  return lastFactMonth < oldestCurrent;
}
