import dayjs from 'dayjs';
import type { TrainingRecordFieldsFragment } from '../../../gql/graphql';
import { correctionOf, passedChoice, passedValue, samePoints } from './completion';

const record: TrainingRecordFieldsFragment = {
  id: '7',
  completedOn: '2026-03-10',
  hours: '3.0',
  score: '88.0',
  passed: true,
  pointsAwarded: '4.0',
  pointsOverrideReason: null,
  evidence: 'LMS certificate',
  source: 'IMPORT',
  status: 'ACTIVE',
  voidReason: null,
  voidedAt: null,
  version: 2,
  activity: {
    id: 1,
    code: 'CT-2026-01',
    title: 'Credit risk',
    type: 'CENTRALISED',
    points: '4.0',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
  },
};

const unchanged = {
  completedOn: dayjs('2026-03-10'),
  hours: '3',
  score: '88',
  passed: 'yes' as const,
  pointsAwarded: '4',
  evidence: 'LMS certificate',
  reason: 'typo in the LMS export',
};

describe('a training record correction', () => {
  it('sends only the reason when nothing changed (3 and 3.0 are the same)', () => {
    expect(correctionOf(record, unchanged)).toEqual({ reason: 'typo in the LMS export' });
  });

  it('sends the changed date, points and override reason', () => {
    expect(
      correctionOf(record, {
        ...unchanged,
        completedOn: dayjs('2026-03-11'),
        pointsAwarded: '6.5',
        pointsOverrideReason: 'double session',
      }),
    ).toEqual({
      reason: 'typo in the LMS export',
      completedOn: '2026-03-11',
      pointsAwarded: '6.5',
      pointsOverrideReason: 'double session',
    });
  });

  it('clears a score, a pass mark and the evidence with an explicit null', () => {
    expect(
      correctionOf(record, { ...unchanged, score: ' ', passed: undefined, evidence: '' }),
    ).toEqual({ reason: 'typo in the LMS export', score: null, passed: null, evidence: null });
  });
});

describe('completion values', () => {
  it('compares points in tenths', () => {
    expect(samePoints('3', '3.0')).toBe(true);
    expect(samePoints('3.1', '3.0')).toBe(false);
  });

  it('maps the pass / fail choice both ways, unknown as null', () => {
    expect(passedValue('no')).toBe(false);
    expect(passedValue(undefined)).toBeNull();
    expect(passedChoice(true)).toBe('yes');
    expect(passedChoice(null)).toBeUndefined();
  });
});
