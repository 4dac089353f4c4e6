import {
  clientValueFen,
  cumulativeShares,
  divideRounded,
  entersDecline,
  isCore,
  lifecycleStage,
  monthsBetween,
  quintileScore,
  tierFor,
  topCount,
  valueMatrixCell,
  type LifecycleFacts,
} from './rules';
import { DEFAULT_RANKING_SETTINGS as settings, rankingSettingsProblem } from './settings';

const steady: LifecycleFacts = {
  tenureMonths: 60,
  value6m: 100,
  valuePrevious6m: 100,
  transactions6m: 30,
  transactionsPrevious6m: 30,
  growthPercent: 0,
};

describe('ranking clients by value', () => {
  it('weights contribution and AUM and rounds half away from zero like the database', () => {
    // 1 x 100.00 + 0.01 x 50.50 = 100.505 yuan → 100.51
    expect(clientValueFen(10_000n, 5_050n, settings)).toBe(10_051n);
    expect(divideRounded(-15n, 10n)).toBe(-2n);
    expect(divideRounded(14n, 10n)).toBe(1n);
  });

  it('makes the top 20% core, rounding the count up, and tiers by percentile', () => {
    expect(topCount(5000, 20)).toBe(1000);
    expect(topCount(7, 20)).toBe(2);
    expect(topCount(1000, 0.1)).toBe(1);
    expect(isCore(1000, 5000, settings)).toBe(true);
    expect(isCore(1001, 5000, settings)).toBe(false);
    expect([1, 50, 51, 250, 251, 1000, 1001].map((rank) => tierFor(rank, 5000, settings))).toEqual([
      'PLATINUM',
      'PLATINUM',
      'GOLD',
      'GOLD',
      'SILVER',
      'SILVER',
      'BRONZE',
    ]);
  });

  it('scores RFM quintiles 1-5 from percent ranks', () => {
    expect([0, 0.19, 0.2, 0.5, 0.99, 1].map(quintileScore)).toEqual([1, 1, 2, 3, 5, 5]);
  });

  it('puts a relationship in decline at any stage when value or activity falls far enough', () => {
    expect(lifecycleStage({ ...steady, tenureMonths: 3, value6m: 79 }, settings)).toBe('DECLINE');
    expect(lifecycleStage({ ...steady, value6m: 81 }, settings)).toBe('STABLE');
    expect(lifecycleStage({ ...steady, transactions6m: 21 }, settings)).toBe('DECLINE');
    expect(lifecycleStage({ ...steady, tenureMonths: 11 }, settings)).toBe('EXPLORATION');
    expect(lifecycleStage({ ...steady, tenureMonths: 24 }, settings)).toBe('FORMATION');
    expect(lifecycleStage({ ...steady, growthPercent: 25 }, settings)).toBe('FORMATION');
    expect(lifecycleStage({ ...steady, growthPercent: null }, settings)).toBe('STABLE');
  });

  it('places clients in the value matrix by core flag and potential', () => {
    const facts = { growthPercent: 12, productGaps: 1, stage: 'STABLE' as const };
    expect(valueMatrixCell(true, facts, settings)).toBe('STRATEGIC');
    expect(valueMatrixCell(false, facts, settings)).toBe('DEVELOP');
    expect(valueMatrixCell(true, { ...facts, growthPercent: 2 }, settings)).toBe('MAINTAIN');
    expect(
      valueMatrixCell(false, { ...facts, growthPercent: null, productGaps: 3 }, settings),
    ).toBe('DEVELOP');
    expect(valueMatrixCell(true, { ...facts, stage: 'DECLINE' }, settings)).toBe('MAINTAIN');
  });

  it('warns once, when a core client enters decline', () => {
    expect(entersDecline({ core: true, stage: 'DECLINE' }, { stage: 'STABLE' })).toBe(true);
    expect(entersDecline({ core: true, stage: 'DECLINE' }, null)).toBe(true);
    expect(entersDecline({ core: true, stage: 'DECLINE' }, { stage: 'DECLINE' })).toBe(false);
    expect(entersDecline({ core: false, stage: 'DECLINE' }, { stage: 'STABLE' })).toBe(false);
  });

  it('counts calendar months and builds a Lorenz curve', () => {
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(0);
    expect(monthsBetween('2024-11-15', '2026-11-15')).toBe(24);
    expect(cumulativeShares([60, 30, 10])).toEqual([0.6, 0.9, 1]);
    expect(cumulativeShares([0, 0])).toEqual([0, 0]);
  });

  it('refuses unusable settings naming the field', () => {
    expect(rankingSettingsProblem(settings)).toBeNull();
    expect(rankingSettingsProblem({ ...settings, goldPercent: 0.5 })).toEqual({
      field: 'goldPercent',
      rule: 'RANGE',
      min: 'platinumPercent',
      minValue: 1,
      max: 100,
      message: 'must be from platinumPercent to 100',
    });
    expect(rankingSettingsProblem({ ...settings, aumWeight: 0.0000001 })?.field).toBe('aumWeight');
    expect(rankingSettingsProblem({ ...settings, corePercent: 0 })?.field).toBe('corePercent');
    expect(
      rankingSettingsProblem({ ...settings, contributionWeight: 0, aumWeight: 0 })?.field,
    ).toBe('contributionWeight');
  });
});
