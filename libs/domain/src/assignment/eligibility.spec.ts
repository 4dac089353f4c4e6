import { coreClientStanding } from './eligibility';

const settings = { allowProbation: false, requireTrainingMinimum: true };
const met = (thisYear: boolean, lastYear: boolean) => ({ thisYear, lastYear });

describe('who may hold core clients', () => {
  it.each([
    ['ACTIVE', met(true, false), settings, { ineligibility: null, basis: 'THIS_YEAR' }],
    // 12.7 points this year, but last year's minimum was met: eligible, on last year's.
    ['ACTIVE', met(false, true), settings, { ineligibility: null, basis: 'LAST_YEAR' }],
    ['ACTIVE', met(false, false), settings, { ineligibility: 'TRAINING_POINTS', basis: null }],
    [
      'ACTIVE',
      met(false, false),
      { ...settings, requireTrainingMinimum: false },
      { ineligibility: null, basis: null },
    ],
    ['PROBATION', met(true, true), settings, { ineligibility: 'PROBATION', basis: null }],
    [
      'PROBATION',
      met(true, true),
      { ...settings, allowProbation: true },
      { ineligibility: null, basis: 'THIS_YEAR' },
    ],
    [
      'LEFT',
      met(true, true),
      { ...settings, allowProbation: true },
      { ineligibility: 'LEFT', basis: null },
    ],
  ] as const)('%s, minimum met %o, settings %o: %o', (status, minimumMet, rules, expected) => {
    expect(coreClientStanding(status, minimumMet, rules)).toEqual(expected);
  });
});
