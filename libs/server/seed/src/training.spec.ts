import {
  DEFAULT_TRAINING_SETTINGS,
  trainingFile,
  type CatalogueActivity,
  type Completion,
} from '@corebook/domain';
import { isoDay, Timeline } from './calendar';
import { buildOrganisation } from './organisation';
import { SEED_SIZES } from './sizes';
import {
  buildCatalogue,
  buildTrainingRecords,
  tenthsText,
  type SeedActivity,
  type SeedTrainingRecord,
} from './training';

const AS_OF = '2026-10-31';
const timeline = new Timeline(AS_OF);
const settings = DEFAULT_TRAINING_SETTINGS;

function bank(size: 'demo' | 'mid', seed: number) {
  const org = buildOrganisation(SEED_SIZES[size], seed, timeline, size === 'demo');
  const catalogue = buildCatalogue(seed, timeline);
  const records = buildTrainingRecords(seed, timeline, org, catalogue, settings, 2);
  return { org, catalogue, records };
}

function activitiesOf(catalogue: readonly SeedActivity[]): CatalogueActivity[] {
  return catalogue.map((a) => ({
    id: a.id,
    type: a.type,
    startsOn: isoDay(a.startDay),
    endsOn: isoDay(a.endDay),
    points: tenthsText(a.tenths),
    mandatory: a.mandatory,
    mandatoryGrades: a.mandatoryGrades,
    validityMonths: a.validityMonths,
    active: true,
  }));
}

function completionsByManager(records: readonly SeedTrainingRecord[]): Map<number, Completion[]> {
  const out = new Map<number, Completion[]>();
  for (const r of records) {
    const list = out.get(r.managerId) ?? [];
    list.push({
      activityId: r.activity.id,
      completedOn: isoDay(r.day),
      pointsAwarded: tenthsText(r.activity.tenths),
    });
    out.set(r.managerId, list);
  }
  return out;
}

describe('training data of the seed', () => {
  const mid = bank('mid', 1);

  it('is the same for the same seed and different for another', () => {
    const again = bank('demo', 1);
    const demo = bank('demo', 1);
    expect(again.catalogue).toEqual(demo.catalogue);
    expect(again.records).toEqual(demo.records);
    const other = bank('demo', 2);
    expect(other.catalogue).not.toEqual(demo.catalogue);
    expect(other.records).not.toEqual(demo.records);
  });

  it('gives a mid-size bank about 20-25 completions per RM over three years', () => {
    expect(mid.records.length).toBeGreaterThan(3_000 * 18);
    expect(mid.records.length).toBeLessThan(3_000 * 28);
    expect(mid.records.map((r) => r.id)).toEqual(mid.records.map((_, k) => k + 1));
    const keys = new Set(mid.records.map((r) => `${r.managerId}:${r.activity.id}`));
    expect(keys.size).toBe(mid.records.length);
    const asOf = timeline.asOfDay;
    const outside = mid.records.filter(
      (r) => r.day < r.activity.startDay || r.day > r.activity.endDay || r.day > asOf,
    );
    expect(outside).toEqual([]);
  });

  it('has about 9 in 10 RMs meeting past requirements and 8-15% at risk in asOf’s year', () => {
    const activities = activitiesOf(mid.catalogue);
    const completions = completionsByManager(mid.records);
    const fileOf = (managerId: number, grade: string, year: number, today: string) =>
      trainingFile({
        year,
        today,
        grade,
        settings,
        activities,
        completions: completions.get(managerId) ?? [],
      });
    for (const year of [2024, 2025]) {
      const employed = mid.org.managers.filter(
        (m) =>
          isoDay(m.hireDay) <= `${year}-01-01` &&
          (m.status !== 'LEFT' || isoDay(m.contractEndDay!) >= `${year}-12-31`),
      );
      const met = employed.filter((m) => {
        const file = fileOf(m.id, m.grade, year, `${year}-12-31`);
        return Number(file.earned) >= file.required;
      });
      expect(met.length / employed.length).toBeGreaterThan(0.85);
      expect(met.length / employed.length).toBeLessThan(0.96);
    }
    const current = mid.org.managers
      .filter((m) => m.status !== 'LEFT')
      .map((m) => fileOf(m.id, m.grade, 2026, AS_OF));
    const atRisk = current.filter((file) => file.renewalAtRisk).length / current.length;
    expect(atRisk).toBeGreaterThan(0.08);
    expect(atRisk).toBeLessThan(0.15);
    const behind = current.filter(
      (file) =>
        file.renewalAtRisk || Number(file.earned) + Number(file.stillAvailable) < file.required + 3,
    ).length;
    expect(behind / current.length).toBeLessThan(0.2);
    const certificates = current.flatMap((file) => file.certificates);
    const share = (state: string) =>
      certificates.filter((c) => c.state === state).length / certificates.length;
    expect(share('EXPIRING')).toBeGreaterThan(0.02);
    expect(share('EXPIRED')).toBeGreaterThan(0.05);
    expect(share('VALID')).toBeGreaterThan(0.5);
  });
});
