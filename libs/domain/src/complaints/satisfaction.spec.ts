import {
  DEFAULT_SATISFACTION_SETTINGS as acsi,
  fairIndex,
  netPromoterScore,
  satisfactionIndex,
  satisfactionSettingsProblem,
} from './satisfaction';

describe('satisfaction (docs/domain.md rule 8)', () => {
  it('all tens is 100, all ones is 0', () => {
    expect(satisfactionIndex({ overall: 10, expectations: 10, ideal: 10 }, acsi)).toBe(100);
    expect(satisfactionIndex({ overall: 1, expectations: 1, ideal: 1 }, acsi)).toBe(0);
  });

  it('weights the three questions', () => {
    // ((9-1) x 0.39 + (7-1) x 0.32 + (5-1) x 0.29) / 9 x 100 = 68.89
    expect(satisfactionIndex({ overall: 9, expectations: 7, ideal: 5 }, acsi)).toBe(68.89);
  });

  it('NPS is promoters less detractors', () => {
    expect(netPromoterScore([10, 9, 8, 7, 3])).toBe(20);
    expect(netPromoterScore([])).toBeNull();
  });

  it('with enough responses an RM’s index is their mean', () => {
    expect(fairIndex({ mean: 55, responses: 12 }, 80, acsi)).toBe(55);
  });

  it('one angry client cannot sink a small book: few responses are pulled toward the branch mean', () => {
    // 1 response of 10 wanted: 1/10 own, 9/10 branch.
    expect(fairIndex({ mean: 0, responses: 1 }, 80, acsi)).toBe(72);
    expect(fairIndex({ mean: 60, responses: 5 }, 80, acsi)).toBe(70);
  });

  it('no responses, no index', () => {
    expect(fairIndex({ mean: null, responses: 0 }, 80, acsi)).toBeNull();
  });

  it('weights must sum to 1', () => {
    expect(satisfactionSettingsProblem(acsi)).toBeNull();
    expect(
      satisfactionSettingsProblem({
        ...acsi,
        weights: { overall: 0.5, expectations: 0.5, ideal: 0.5 },
      })?.field,
    ).toBe('weights');
  });
});
