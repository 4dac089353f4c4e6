/**
 * Rule settings for ranking clients by value (docs/domain.md rules 1, 4 and 5); admin edits
 * them, they are stored as the 'ranking' setting and copied onto every ranking run.
 */
export type RankingScope = 'BANK' | 'BRANCH';

export interface RankingSettings {
  /** Rank the whole bank together, or each branch on its own. */
  scope: RankingScope;
  /** The top this-many percent of clients by value are core clients (default 20). */
  corePercent: number;
  /** value = contributionWeight x 12-month contribution + aumWeight x AUM. */
  contributionWeight: number;
  aumWeight: number;
  /** Tier cut-offs as top percentages: platinum <= platinumPercent, gold <= goldPercent, … */
  platinumPercent: number;
  goldPercent: number;
  silverPercent: number;
  /** Lifecycle: months of tenure that are exploration, then formation. */
  explorationMonths: number;
  formationMonths: number;
  /** Still growing this much (last 6 months on the 6 before) keeps a client in formation. */
  formationGrowthPercent: number;
  /** Decline: value of the last 6 months this much below the 6 before, or activity this much below. */
  declineValueDropPercent: number;
  declineActivityDropPercent: number;
  /** High potential: growing at least this much, or missing at least this many product types. */
  potentialGrowthPercent: number;
  potentialProductGaps: number;
  /**
   * Branch heads see the bank-wide figures of a run (totals, the bank's Pareto curve);
   * otherwise only their branch's.
   */
  bankFiguresForBranchHeads: boolean;
}

export const DEFAULT_RANKING_SETTINGS: RankingSettings = {
  scope: 'BANK',
  corePercent: 20,
  contributionWeight: 1,
  aumWeight: 0.01,
  platinumPercent: 1,
  goldPercent: 5,
  silverPercent: 20,
  explorationMonths: 12,
  formationMonths: 36,
  formationGrowthPercent: 20,
  declineValueDropPercent: 20,
  declineActivityDropPercent: 30,
  potentialGrowthPercent: 10,
  potentialProductGaps: 3,
  bankFiguresForBranchHeads: false,
};

export type ValueTier = 'PLATINUM' | 'GOLD' | 'SILVER' | 'BRONZE';
export const VALUE_TIERS: readonly ValueTier[] = ['PLATINUM', 'GOLD', 'SILVER', 'BRONZE'];

/**
 * A refused setting, as a sentence for the API and as a rule with its limits that a client
 * can put in the user's language. A limit is a number, or the name of the setting that is
 * the limit (goldPercent must be from platinumPercent to 100).
 */
export interface SettingsProblem {
  field: string;
  message: string;
  rule: 'RANGE' | 'WHOLE_RANGE' | 'DECIMALS' | 'NOT_BOTH_ZERO' | 'CHOICE' | 'BOOLEAN';
  min?: number | string;
  /** The value of the setting named by `min`, as proposed. */
  minValue?: number;
  max?: number | string;
  decimals?: number;
  other?: string;
}

export const between = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
export const wholeBetween = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && between(value, min, max);

/** `field` must be from `min` to `max` (each a number or another setting's name). */
export function outOfRange(
  field: string,
  min: number | string,
  max: number | string,
  whole = false,
  minValue?: number,
): SettingsProblem {
  return {
    field,
    rule: whole ? 'WHOLE_RANGE' : 'RANGE',
    min,
    ...(minValue === undefined ? {} : { minValue }),
    max,
    message: `must be ${whole ? 'a whole number ' : ''}from ${min} to ${max}`,
  };
}

/** The first problem with proposed ranking settings, or null when they are usable. */
export function rankingSettingsProblem(settings: RankingSettings): SettingsProblem | null {
  if (settings.scope !== 'BANK' && settings.scope !== 'BRANCH')
    return { field: 'scope', rule: 'CHOICE', message: 'must be BANK or BRANCH' };
  if (!between(settings.corePercent, 1, 100)) return outOfRange('corePercent', 1, 100);
  for (const field of ['contributionWeight', 'aumWeight'] as const) {
    const weight = settings[field];
    if (!between(weight, 0, 1000) || Math.abs(weight * 1e6 - Math.round(weight * 1e6)) > 1e-6)
      return {
        field,
        rule: 'DECIMALS',
        min: 0,
        max: 1000,
        decimals: 6,
        message: 'must be from 0 to 1000 with at most 6 decimals',
      };
  }
  if (settings.contributionWeight === 0 && settings.aumWeight === 0)
    return {
      field: 'contributionWeight',
      rule: 'NOT_BOTH_ZERO',
      other: 'aumWeight',
      message: 'and aumWeight cannot both be 0',
    };
  if (!between(settings.platinumPercent, 0, 100)) return outOfRange('platinumPercent', 0, 100);
  if (!between(settings.goldPercent, settings.platinumPercent, 100))
    return outOfRange('goldPercent', 'platinumPercent', 100, false, settings.platinumPercent);
  if (!between(settings.silverPercent, settings.goldPercent, 100))
    return outOfRange('silverPercent', 'goldPercent', 100, false, settings.goldPercent);
  if (!wholeBetween(settings.explorationMonths, 0, 240))
    return outOfRange('explorationMonths', 0, 240, true);
  if (!wholeBetween(settings.formationMonths, settings.explorationMonths, 240))
    return outOfRange(
      'formationMonths',
      'explorationMonths',
      240,
      true,
      settings.explorationMonths,
    );
  for (const field of [
    'formationGrowthPercent',
    'declineValueDropPercent',
    'declineActivityDropPercent',
    'potentialGrowthPercent',
  ] as const) {
    if (!between(settings[field], 0, 100)) return outOfRange(field, 0, 100);
  }
  if (!wholeBetween(settings.potentialProductGaps, 0, 5))
    return outOfRange('potentialProductGaps', 0, 5, true);
  if (typeof settings.bankFiguresForBranchHeads !== 'boolean')
    return {
      field: 'bankFiguresForBranchHeads',
      rule: 'BOOLEAN',
      message: 'must be true or false',
    };
  return null;
}
