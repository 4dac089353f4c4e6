import {
  trainingFile,
  type CatalogueActivity,
  type Completion,
  type TrainingSettings,
  type TrainingType,
} from '@corebook/domain';
import type { TestDatabase } from '@corebook/server/testing';
import { one, query, seedDemoBank } from './seed-bank.fixtures';

jest.setTimeout(180_000);

interface SeededTrainingFile {
  username: string;
  status: string;
  hireDate: string;
  leftOn: string;
  file: (year: number, today: string) => ReturnType<typeof trainingFile>;
}

/** Every RM's training file as the domain rules compute it, from the seeded rows. */
async function trainingFiles(url: string): Promise<SeededTrainingFile[]> {
  const [{ value: settings }] = await query<{ value: TrainingSettings }>(
    url,
    `SELECT value FROM settings WHERE key = 'training'`,
  );
  const activities = (
    await query<Omit<CatalogueActivity, 'type'> & { type: TrainingType }>(
      url,
      `SELECT id, type, starts_on::text AS "startsOn", ends_on::text AS "endsOn", points::text AS points, mandatory,
              mandatory_grades AS "mandatoryGrades", validity_months AS "validityMonths", active
         FROM training_activities`,
    )
  ).map((a) => ({
    ...a,
    validityMonths: a.validityMonths === null ? null : Number(a.validityMonths),
  }));
  const records = await query<Completion & { managerId: number }>(
    url,
    `SELECT manager_id AS "managerId", activity_id AS "activityId", completed_on::text AS "completedOn",
            points_awarded::text AS "pointsAwarded"
       FROM training_records WHERE status = 'ACTIVE'`,
  );
  const managers = await query<{
    id: number;
    username: string;
    grade: string;
    status: string;
    hireDate: string;
    leftOn: string;
  }>(
    url,
    `SELECT m.id, u.username, m.grade, m.status, m.hire_date::text AS "hireDate",
            coalesce(m.contract_end_date, DATE '9999-12-31')::text AS "leftOn"
       FROM relationship_managers m JOIN users u ON u.relationship_manager_id = m.id`,
  );
  return managers.map((m) => {
    const completions = records.filter((r) => r.managerId === m.id);
    return {
      username: m.username,
      status: m.status,
      hireDate: m.hireDate,
      leftOn: m.leftOn,
      file: (year, today) =>
        trainingFile({ year, today, grade: m.grade, settings, activities, completions }),
    };
  });
}

// The seeded training catalogue and records, and the training files they give the RMs.
describe('seedBank (demo size)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    ({ db } = await seedDemoBank());
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('loads a training catalogue for 2024-2026: every type, mandatory trainings, certifications', async () => {
    const years = await query<{
      year: number;
      activities: number;
      types: string[];
      mandatory_all: number;
      mandatory_junior: number;
      certifications: number;
      open_after_as_of: number;
    }>(
      db.url,
      `SELECT extract(year FROM starts_on)::int AS year, count(*)::int AS activities,
              array_agg(DISTINCT type ORDER BY type) AS types,
              count(*) FILTER (WHERE mandatory AND mandatory_grades = '{}' AND type = 'ETHICS')::int AS mandatory_all,
              count(*) FILTER (WHERE mandatory AND mandatory_grades = '{JUNIOR}')::int AS mandatory_junior,
              count(*) FILTER (WHERE type = 'CERTIFICATION')::int AS certifications,
              count(*) FILTER (WHERE ends_on > DATE '2026-10-31')::int AS open_after_as_of
         FROM training_activities GROUP BY 1 ORDER BY 1`,
    );
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    for (const year of years) {
      expect(year.activities).toBeGreaterThanOrEqual(14);
      expect(year.activities).toBeLessThanOrEqual(20);
      expect(year.types).toEqual(['CENTRALISED', 'CERTIFICATION', 'ETHICS', 'ONLINE', 'RESEARCH']);
      expect(year.mandatory_all).toBe(1);
      expect(year.mandatory_junior).toBe(1);
      expect(year.certifications).toBeGreaterThanOrEqual(2);
      expect(year.certifications).toBeLessThanOrEqual(3);
    }
    // In asOf's year some activities are still open, so "still available" points mean something.
    expect(years[2].open_after_as_of).toBeGreaterThanOrEqual(2);
    expect(years[0].open_after_as_of + years[1].open_after_as_of).toBe(0);
    const wrong = await one<Record<string, string>>(
      db.url,
      `SELECT count(*) FILTER (WHERE code !~ ('^T' || extract(year FROM starts_on) || '-[0-9]{3}$')) AS codes,
              count(*) FILTER (WHERE extract(year FROM starts_on) <> extract(year FROM ends_on)) AS windows,
              count(*) FILTER (WHERE points < 2.0 OR points > 8.0) AS points,
              count(*) FILTER (WHERE type = 'CERTIFICATION' AND validity_months NOT IN (24, 36)) AS validity,
              count(*) FILTER (WHERE NOT active) AS inactive
         FROM training_activities`,
    );
    expect(wrong).toEqual({ codes: '0', windows: '0', points: '0', validity: '0', inactive: '0' });
  });

  it('keeps every completion inside its activity’s dates, the RM’s employment and asOf', async () => {
    const wrong = await one<Record<string, string>>(
      db.url,
      `SELECT count(*) FILTER (WHERE r.completed_on NOT BETWEEN a.starts_on AND a.ends_on) AS outside_window,
              count(*) FILTER (WHERE r.completed_on > DATE '2026-10-31') AS after_as_of,
              count(*) FILTER (WHERE r.completed_on < m.hire_date
                                  OR (m.status = 'LEFT' AND r.completed_on > m.contract_end_date)) AS outside_employment,
              count(*) FILTER (WHERE r.status <> 'ACTIVE' OR r.source NOT IN ('IMPORT', 'MANUAL')) AS status,
              count(*) FILTER (WHERE r.created_by IS NOT NULL AND r.created_by <> (SELECT id FROM users WHERE username = 'hr')) AS creator,
              count(*) FILTER (WHERE r.points_awarded <> a.points OR r.points_override_reason IS NOT NULL) AS points,
              count(*) FILTER (WHERE r.import_id IS NOT NULL OR r.hours <= 0) AS other,
              count(*) - count(DISTINCT (r.manager_id, r.activity_id)) AS repeated
         FROM training_records r JOIN training_activities a ON a.id = r.activity_id
         JOIN relationship_managers m ON m.id = r.manager_id`,
    );
    expect(wrong).toEqual({
      outside_window: '0',
      after_as_of: '0',
      outside_employment: '0',
      status: '0',
      creator: '0',
      points: '0',
      other: '0',
      repeated: '0',
    });
    const sources = await query<{ source: string }>(
      db.url,
      `SELECT DISTINCT source FROM training_records ORDER BY 1`,
    );
    expect(sources.map((s) => s.source)).toEqual(['IMPORT', 'MANUAL']);
  });

  it('gives most RMs their past requirements, a minority at risk this year, certificates expiring around asOf', async () => {
    const files = await trainingFiles(db.url);
    const current = files.filter((f) => f.status !== 'LEFT').map((f) => f.file(2026, '2026-10-31'));
    const atRisk = current.filter((file) => file.renewalAtRisk);
    expect(atRisk.length).toBeGreaterThanOrEqual(2);
    expect(atRisk.length / current.length).toBeLessThan(0.25);
    expect(atRisk.every((file) => file.riskReasons.includes('POINTS_SHORTFALL'))).toBe(true);
    // Most are done or on track; some are done already.
    const done = current.filter((file) => Number(file.earned) >= file.required);
    expect(done.length).toBeGreaterThan(0.15 * current.length);
    expect(done.length).toBeLessThan(0.7 * current.length);

    for (const year of [2024, 2025]) {
      const employed = files.filter(
        (f) =>
          f.hireDate <= `${year}-01-01` && (f.status !== 'LEFT' || f.leftOn >= `${year}-12-31`),
      );
      const met = employed.filter((f) => {
        const file = f.file(year, `${year}-12-31`);
        return Number(file.earned) >= file.required;
      });
      expect(met.length / employed.length).toBeGreaterThan(0.75);
      expect(met.length).toBeLessThan(employed.length);
    }

    const states = new Set(current.flatMap((file) => file.certificates.map((c) => c.state)));
    expect([...states].sort()).toEqual(['EXPIRED', 'EXPIRING', 'VALID']);
  });

  it('puts the demo RMs in their intended state: rm.b001.01 on track, rm.b001.02 at risk', async () => {
    const files = await trainingFiles(db.url);
    const fileOf = (username: string) =>
      files.find((f) => f.username === username)!.file(2026, '2026-10-31');
    const onTrack = fileOf('rm.b001.01');
    expect(onTrack.renewalAtRisk).toBe(false);
    expect(Number(onTrack.earned)).toBeGreaterThan(0);
    // Not complete: points an import adds show in My training.
    expect(Number(onTrack.earned)).toBeLessThan(onTrack.required);
    expect(onTrack.mandatoryMissing.length).toBeGreaterThan(0);
    const atRisk = fileOf('rm.b001.02');
    expect(atRisk.renewalAtRisk).toBe(true);
    expect(atRisk.riskReasons).toEqual(['POINTS_SHORTFALL']);
    expect(Number(atRisk.earned)).toBeGreaterThan(0);
  });
});
