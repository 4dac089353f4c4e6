import {
  importColumnOf,
  validateImportLines,
  type ImportLine,
  type ImportLookups,
} from './import-rows';
import type { TrainingSettings } from './settings';

const settings: TrainingSettings = {
  yearlyRequirement: 40,
  yearlyRequirementByGrade: {},
  minimumPointsForCoreClients: 20,
  maxPointsPerRecord: 50,
  certificateExpiryWarningDays: 60,
};
const lookups: ImportLookups = {
  managerByEmployeeNo: new Map([
    ['E001', { id: 1, hireDate: '2019-05-01', leftOn: null }],
    ['E002', { id: 2, hireDate: '2020-01-01', leftOn: null }],
    // Joined in the spring, and an RM who left in the spring.
    ['E003', { id: 3, hireDate: '2026-04-01', leftOn: null }],
    ['E004', { id: 4, hireDate: '2018-01-01', leftOn: '2026-02-28' }],
  ]),
  activityByCode: new Map([
    ['T-1', { id: 10, points: '4.0', startsOn: '2026-01-01', endsOn: '2026-06-30' }],
  ]),
  existingKeys: new Set(['2:10:2026-03-01']),
};
const line = (lineNo: number, fields: ImportLine['fields']): ImportLine => ({ lineNo, fields });
const good = { employeeNo: 'e001', activityCode: 't-1', completedOn: '2026-03-01', hours: '3' };

describe('importing training completions', () => {
  it('reads English and Chinese headers', () => {
    expect(importColumnOf(' Employee No ')).toBe('employeeNo');
    expect(importColumnOf('完成日期')).toBe('completedOn');
    expect(importColumnOf('colour')).toBeNull();
  });

  it('accepts a good line with the catalogue points, ignoring case in codes', () => {
    const [outcome] = validateImportLines([line(2, good)], lookups, settings, '2026-11-22');
    expect(outcome).toEqual({
      lineNo: 2,
      outcome: 'ACCEPTED',
      completion: {
        managerId: 1,
        activityId: 10,
        completedOn: '2026-03-01',
        hours: '3.0',
        score: null,
        passed: null,
        points: '4.0',
        pointsOverridden: false,
        evidence: null,
      },
    });
  });

  it.each([
    [{ ...good, employeeNo: 'E999' }, 'UNKNOWN_RM', 'unknown RM "E999"'],
    [{ ...good, activityCode: 'X' }, 'UNKNOWN_ACTIVITY', 'unknown activity "X"'],
    [{ ...good, completedOn: '01/03/2026' }, 'BAD_DATE', 'bad date "01/03/2026" (use YYYY-MM-DD)'],
    [{ ...good, completedOn: '2026-02-30' }, 'BAD_DATE', 'bad date "2026-02-30" (use YYYY-MM-DD)'],
    [
      { ...good, completedOn: '2026-07-15' },
      'OUTSIDE_ACTIVITY_DATES',
      "completed on 2026-07-15, outside the activity's dates 2026-01-01 to 2026-06-30",
    ],
    [
      { ...good, employeeNo: 'E003' },
      'BEFORE_HIRE',
      'completed on 2026-03-01, before RM "E003" joined on 2026-04-01',
    ],
    [
      { ...good, employeeNo: 'E004' },
      'AFTER_LEAVING',
      'completed on 2026-03-01, after RM "E004" left on 2026-02-28',
    ],
    [{ ...good, points: '51' }, 'POINTS_OUT_OF_RANGE', 'points "51" out of range (0 to 50)'],
    [{ ...good, points: '-1' }, 'POINTS_OUT_OF_RANGE', 'points "-1" out of range (0 to 50)'],
    [{ ...good, hours: 'three' }, 'BAD_HOURS', 'bad hours "three" (a number such as 3 or 1.5)'],
    [{ ...good, score: '101' }, 'SCORE_OUT_OF_RANGE', 'score "101" out of range (0 to 100)'],
    [{ ...good, passed: 'maybe' }, 'BAD_PASSED', 'bad pass/fail "maybe" (yes or no)'],
  ])('rejects %o with a reason (%s)', (fields, code, reason) => {
    const outcomes = validateImportLines([line(5, fields)], lookups, settings, '2026-11-22');
    expect(outcomes).toEqual([
      { lineNo: 5, outcome: 'REJECTED', reason, why: { code, params: expect.any(Object) } },
    ]);
  });

  it('rejects a completion dated in the future', () => {
    const [outcome] = validateImportLines([line(2, good)], lookups, settings, '2026-02-01');
    expect(outcome).toMatchObject({
      outcome: 'REJECTED',
      reason: 'completion date 2026-03-01 is in the future',
    });
  });

  it('rejects a repeat within the file and recognises one already on file', () => {
    const outcomes = validateImportLines(
      [line(2, good), line(3, { ...good, hours: '2' }), line(4, { ...good, employeeNo: 'E002' })],
      lookups,
      settings,
      '2026-11-22',
    );
    expect(outcomes.map((o) => [o.outcome, 'reason' in o ? o.reason : null])).toEqual([
      ['ACCEPTED', null],
      ['REJECTED', 'duplicate of line 2 in this file'],
      ['DUPLICATE', 'already on file'],
    ]);
  });

  it('keeps other points from the file as an override, and gives a failed attempt none', () => {
    const [overridden, failed] = validateImportLines(
      [
        line(2, { ...good, points: '6.50' }),
        line(3, { ...good, employeeNo: 'E002', completedOn: '2026-03-02', passed: '否' }),
      ],
      lookups,
      settings,
      '2026-11-22',
    );
    expect(overridden).toMatchObject({ completion: { points: '6.5', pointsOverridden: true } });
    expect(failed).toMatchObject({
      completion: { points: '0.0', passed: false, pointsOverridden: true },
    });
  });
});
