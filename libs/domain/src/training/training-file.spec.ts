import type { TrainingSettings } from './settings';
import { addMonths, trainingFile, type CatalogueActivity, type Completion } from './training-file';

const settings: TrainingSettings = {
  yearlyRequirement: 40,
  yearlyRequirementByGrade: { JUNIOR: 30 },
  minimumPointsForCoreClients: 20,
  maxPointsPerRecord: 100,
  certificateExpiryWarningDays: 60,
};

const activity = (id: number, extra: Partial<CatalogueActivity> = {}): CatalogueActivity => ({
  id,
  type: 'CENTRALISED',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  points: '10.0',
  mandatory: false,
  mandatoryGrades: [],
  validityMonths: null,
  active: true,
  ...extra,
});
const done = (activityId: number, completedOn: string, pointsAwarded = '10.0'): Completion => ({
  activityId,
  completedOn,
  pointsAwarded,
});

describe("an RM's training file", () => {
  it('adds this year’s points exactly and compares them with the requirement of the grade', () => {
    const file = trainingFile({
      year: 2026,
      today: '2026-06-30',
      grade: 'JUNIOR',
      settings,
      activities: [activity(1), activity(2), activity(3)],
      completions: [
        done(1, '2026-02-01', '12.5'),
        done(2, '2026-03-01', '0.1'),
        done(3, '2025-12-31', '30.0'),
      ],
    });
    expect(file).toMatchObject({
      required: 30,
      earned: '12.6',
      shortfall: '17.4',
      meetsCoreClientMinimum: false,
    });
  });

  it('is at risk when even every activity still open cannot close the gap', () => {
    const activities = [
      activity(1, { endsOn: '2026-03-31' }),
      activity(2, { startsOn: '2026-11-01', points: '5.0' }),
    ];
    const file = trainingFile({
      year: 2026,
      today: '2026-10-01',
      grade: 'SENIOR',
      settings,
      activities,
      completions: [done(1, '2026-03-01', '30.0')],
    });
    expect(file.stillAvailable).toBe('5.0');
    expect(file.renewalAtRisk).toBe(true);
    expect(file.riskReasons).toEqual(['POINTS_SHORTFALL']);
  });

  it('is not at risk while open activities can still close the gap', () => {
    const activities = [activity(1), activity(2), activity(3), activity(4)];
    const file = trainingFile({
      year: 2026,
      today: '2026-05-01',
      grade: 'SENIOR',
      settings,
      activities,
      completions: [done(1, '2026-02-01')],
    });
    expect(file).toMatchObject({
      earned: '10.0',
      stillAvailable: '30.0',
      renewalAtRisk: false,
      riskReasons: [],
    });
  });

  it('lists mandatory trainings of the grade not done, and flags one missed for good', () => {
    const activities = [
      activity(1, { mandatory: true, type: 'ETHICS', endsOn: '2026-04-30' }),
      activity(2, { mandatory: true, mandatoryGrades: ['JUNIOR'] }),
      activity(3, { mandatory: true, mandatoryGrades: ['SENIOR'] }),
    ];
    const file = trainingFile({
      year: 2026,
      today: '2026-06-01',
      grade: 'JUNIOR',
      settings,
      activities,
      completions: [done(3, '2026-02-01', '40.0')],
    });
    expect(file.mandatoryMissing).toEqual([1, 2]);
    expect(file.riskReasons).toContain('MANDATORY_MISSED');
  });

  it('reports the latest certificate per certification as valid, expiring within 60 days, or expired', () => {
    const activities = [
      activity(1, { type: 'CERTIFICATION', validityMonths: 24, startsOn: '2023-01-01' }),
      activity(2, { type: 'CERTIFICATION', validityMonths: 12, startsOn: '2024-01-01' }),
      activity(3, { type: 'CERTIFICATION', validityMonths: 36, startsOn: '2020-01-01' }),
    ];
    const completions = [
      done(1, '2023-03-01'),
      done(1, '2024-08-15'),
      done(2, '2025-07-20'),
      done(3, '2021-01-10'),
    ];
    const file = trainingFile({
      year: 2026,
      today: '2026-06-01',
      grade: 'SENIOR',
      settings,
      activities,
      completions,
    });
    expect(file.certificates).toEqual([
      { activityId: 3, completedOn: '2021-01-10', expiresOn: '2024-01-10', state: 'EXPIRED' },
      { activityId: 2, completedOn: '2025-07-20', expiresOn: '2026-07-20', state: 'EXPIRING' },
      { activityId: 1, completedOn: '2024-08-15', expiresOn: '2026-08-15', state: 'VALID' },
    ]);
  });

  it('adds months without running past the end of a short month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });
});
