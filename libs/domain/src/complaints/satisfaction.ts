import { outOfRange, wholeBetween, type SettingsProblem } from '../ranking/settings';

/**
 * Client satisfaction (docs/domain.md rule 8): an ACSI-style 0-100 index from three 1-10
 * questions (overall, against expectations, against an ideal) and an optional 0-10
 * likelihood to recommend (NPS).
 */
export interface SatisfactionSettings {
  /** Weights of the three questions; they sum to 1 (published ACSI weights are about these). */
  weights: { overall: number; expectations: number; ideal: number };
  /** An RM's index rests on at least this many responses; fewer pull it toward the branch mean. */
  minimumResponses: number;
}

export const DEFAULT_SATISFACTION_SETTINGS: SatisfactionSettings = {
  weights: { overall: 0.39, expectations: 0.32, ideal: 0.29 },
  minimumResponses: 10,
};

export interface SurveyAnswers {
  overall: number;
  expectations: number;
  ideal: number;
}

/** ((q1-1)w1 + (q2-1)w2 + (q3-1)w3) / 9 x 100, to two decimals. */
export function satisfactionIndex(answers: SurveyAnswers, settings: SatisfactionSettings): number {
  const { overall, expectations, ideal } = settings.weights;
  const raw =
    ((answers.overall - 1) * overall +
      (answers.expectations - 1) * expectations +
      (answers.ideal - 1) * ideal) /
    9;
  return Math.round(raw * 10_000) / 100;
}

/** Net promoter score: the share answering 9-10 less the share answering 0-6, in points; null with no answers. */
export function netPromoterScore(recommend: readonly number[]): number | null {
  if (recommend.length === 0) return null;
  const promoters = recommend.filter((score) => score >= 9).length;
  const detractors = recommend.filter((score) => score <= 6).length;
  return Math.round(((promoters - detractors) / recommend.length) * 10_000) / 100;
}

/**
 * An RM's index for a period, fair to small books: with at least the minimum number of
 * responses, their mean; with fewer, pulled toward the branch mean in proportion to the
 * responses it lacks (one angry client cannot sink a small book). Null with no responses.
 */
export function fairIndex(
  own: { mean: number | null; responses: number },
  branchMean: number | null,
  settings: Pick<SatisfactionSettings, 'minimumResponses'>,
): number | null {
  if (own.responses === 0 || own.mean === null) return null;
  const minimum = settings.minimumResponses;
  if (own.responses >= minimum || branchMean === null) return own.mean;
  const blended = (own.responses * own.mean + (minimum - own.responses) * branchMean) / minimum;
  return Math.round(blended * 100) / 100;
}

export function satisfactionSettingsProblem(
  settings: SatisfactionSettings,
): SettingsProblem | null {
  const weights = settings.weights ?? {};
  for (const field of ['overall', 'expectations', 'ideal'] as const) {
    const weight = weights[field];
    if (typeof weight !== 'number' || !(weight >= 0 && weight <= 1))
      return outOfRange(`weights.${field}`, 0, 1);
  }
  if (Math.abs(weights.overall + weights.expectations + weights.ideal - 1) > 1e-9)
    return { field: 'weights', rule: 'RANGE', min: 1, max: 1, message: 'must sum to 1' };
  if (!wholeBetween(settings.minimumResponses, 1, 1000))
    return outOfRange('minimumResponses', 1, 1000, true);
  return null;
}
