import { factsAreStale } from './freshness';

describe('whether a ranking counts current facts', () => {
  it.each([
    ['2026-11-01', '2026-12-08', false],
    ['2026-10-01', '2026-12-08', false],
    ['2026-09-01', '2026-12-08', true],
    ['2025-11-01', '2026-01-15', false],
    ['2025-10-01', '2026-01-15', true],
  ])('facts up to %s, ranked as of %s: stale %s', (lastFactMonth, effectiveOn, stale) => {
    expect(factsAreStale(lastFactMonth, effectiveOn)).toBe(stale);
  });
});
