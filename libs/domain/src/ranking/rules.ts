import type { RankingSettings, ValueTier } from './settings';

/**
 * The ranking rules, one client at a time. The ranking run applies them to a whole bank
 * in one SQL statement (libs/server/ranking); its spec checks the SQL against these.
 */

export type LifecycleStage = 'EXPLORATION' | 'FORMATION' | 'STABLE' | 'DECLINE';
export const LIFECYCLE_STAGES: readonly LifecycleStage[] = [
  'EXPLORATION',
  'FORMATION',
  'STABLE',
  'DECLINE',
];

/** Customer value matrix: current value (core or not) x potential. */
export type ValueMatrixCell = 'STRATEGIC' | 'MAINTAIN' | 'DEVELOP' | 'BASIC';
export const VALUE_MATRIX_CELLS: readonly ValueMatrixCell[] = [
  'STRATEGIC',
  'MAINTAIN',
  'DEVELOP',
  'BASIC',
];

/** Weights are exact to 6 decimal places (settings validation holds them to that). */
const WEIGHT_SCALE = 1_000_000n;

/** Integer division rounding half away from zero, as PostgreSQL's round() does. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

/**
 * A client's value: the weighted 12-month contribution plus weighted AUM, in fen, rounded
 * to the fen exactly as the ranking SQL does (docs/domain.md rule 1: the formula is a setting).
 */
export function clientValueFen(
  contribution12mFen: bigint,
  aumFen: bigint,
  settings: Pick<RankingSettings, 'contributionWeight' | 'aumWeight'>,
): bigint {
  const weight = (value: number) => BigInt(Math.round(value * Number(WEIGHT_SCALE)));
  return divideRounded(
    weight(settings.contributionWeight) * contribution12mFen + weight(settings.aumWeight) * aumFen,
    WEIGHT_SCALE,
  );
}

/** How many of `total` ranked clients fall in the top `percent` (rounded up: 20% of 7 is 2). */
export function topCount(total: number, percent: number): number {
  return Math.ceil((total * percent) / 100 - 1e-9);
}

/** Core client: ranked (1 = most valuable) within the top corePercent of its scope. */
export function isCore(rank: number, total: number, settings: RankingSettings): boolean {
  return rank <= topCount(total, settings.corePercent);
}

export function tierFor(rank: number, total: number, settings: RankingSettings): ValueTier {
  if (rank <= topCount(total, settings.platinumPercent)) return 'PLATINUM';
  if (rank <= topCount(total, settings.goldPercent)) return 'GOLD';
  if (rank <= topCount(total, settings.silverPercent)) return 'SILVER';
  return 'BRONZE';
}

/**
 * RFM quintile score 1-5 from a percent rank (0 = worst, 1 = best): recency by last activity
 * and frequency by 12-month transactions (equal figures, equal scores), monetary by value
 * rank (monetaryPercentRank).
 */
export function quintileScore(percentRank: number): number {
  return Math.min(5, 1 + Math.floor(5 * percentRank));
}

/** Monetary percent rank from the value rank (1 = most valuable of `total`). */
export function monetaryPercentRank(valueRank: number, total: number): number {
  return total > 1 ? (total - valueRank) / (total - 1) : 0;
}

/** Growth in percent (last 6 months against the 6 before); null when there is no positive base. */
export function growthPercent(current: number, prior: number): number | null {
  return prior > 0 ? ((current - prior) / prior) * 100 : null;
}

/** How far `recent` fell below `previous`, in percent (0 when it did not fall or there was nothing). */
export function dropPercent(recent: number, previous: number): number {
  return previous > 0 && recent < previous ? ((previous - recent) / previous) * 100 : 0;
}

/** Whole months from `from` to `to` (ISO dates), as a calendar counts them. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export interface LifecycleFacts {
  tenureMonths: number;
  /** Contribution of the last 6 months and the 6 before them. */
  value6m: number;
  valuePrevious6m: number;
  /** Transactions of the last 6 months and the 6 before them. */
  transactions6m: number;
  transactionsPrevious6m: number;
  /** Contribution of the last 6 months against the 6 before (growthPercent), or null. */
  growthPercent: number | null;
}

/** A relationship can decline at any stage; otherwise tenure and growth decide. */
export function lifecycleStage(facts: LifecycleFacts, settings: RankingSettings): LifecycleStage {
  if (
    dropPercent(facts.value6m, facts.valuePrevious6m) >= settings.declineValueDropPercent ||
    dropPercent(facts.transactions6m, facts.transactionsPrevious6m) >=
      settings.declineActivityDropPercent
  )
    return 'DECLINE';
  if (facts.tenureMonths < settings.explorationMonths) return 'EXPLORATION';
  if (
    facts.tenureMonths < settings.formationMonths ||
    (facts.growthPercent !== null && facts.growthPercent >= settings.formationGrowthPercent)
  )
    return 'FORMATION';
  return 'STABLE';
}

/** High potential: not declining, and growing or with room for more products. */
export function valueMatrixCell(
  core: boolean,
  facts: { growthPercent: number | null; productGaps: number; stage: LifecycleStage },
  settings: RankingSettings,
): ValueMatrixCell {
  const highPotential =
    facts.stage !== 'DECLINE' &&
    ((facts.growthPercent !== null && facts.growthPercent >= settings.potentialGrowthPercent) ||
      facts.productGaps >= settings.potentialProductGaps);
  if (core) return highPotential ? 'STRATEGIC' : 'MAINTAIN';
  return highPotential ? 'DEVELOP' : 'BASIC';
}

/** A core client entering decline is an early warning to its RM and branch head. */
export function entersDecline(
  now: { core: boolean; stage: LifecycleStage },
  before: { stage: LifecycleStage } | null,
): boolean {
  return now.core && now.stage === 'DECLINE' && before?.stage !== 'DECLINE';
}

/**
 * The Lorenz/Pareto curve: given the value of each equal-sized slice of clients, most
 * valuable slice first, the cumulative share of all value held up to each slice (0-1).
 */
export function cumulativeShares(sliceValues: readonly number[]): number[] {
  const total = sliceValues.reduce((sum, value) => sum + value, 0);
  let running = 0;
  return sliceValues.map((value) => {
    running += value;
    return total === 0 ? 0 : running / total;
  });
}
