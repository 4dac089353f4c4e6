import { branchIdOf, formatPlanScope, parsePlanScope } from './planScope';

describe('the board scope in the URL', () => {
  it('reads a branch id or the whole bank, and nothing else', () => {
    expect(parsePlanScope('12')).toBe(12);
    expect(parsePlanScope('all')).toBe('bank');
    expect(parsePlanScope('2147483647')).toBe(2147483647);
    for (const raw of [null, '', '0', '-3', '1.5', 'ALL', 'b001', '2147483648', '99999999999'])
      expect(parsePlanScope(raw)).toBeUndefined();
  });

  it('writes back what it reads, and the whole bank is branch null for the API', () => {
    expect(parsePlanScope(formatPlanScope('bank'))).toBe('bank');
    expect(parsePlanScope(formatPlanScope(7))).toBe(7);
    expect(branchIdOf('bank')).toBeNull();
    expect(branchIdOf(7)).toBe(7);
  });
});
