// The values of one completion as the add / correct forms hold them, and how they become
// API input. Points, hours and scores stay decimal strings; only comparisons use tenths.
import type { Dayjs } from 'dayjs';
import type { TrainingRecordCorrection, TrainingRecordFieldsFragment } from '../../../gql/graphql';

export interface CompletionValues {
  completedOn?: Dayjs;
  hours?: string;
  score?: string;
  passed?: 'yes' | 'no';
  pointsAwarded?: string;
  pointsOverrideReason?: string;
  evidence?: string;
}

export interface CorrectionValues extends CompletionValues {
  reason: string;
}

export interface ActivityBounds {
  points: string;
  startsOn: string;
  endsOn: string;
}

/** "3" and "3.0" are the same points; compared in tenths, as the API does. */
export function samePoints(a: string, b: string): boolean {
  return Math.round(Number(a) * 10) === Math.round(Number(b) * 10);
}

export function passedValue(passed: CompletionValues['passed']): boolean | null {
  return passed === undefined ? null : passed === 'yes';
}

export function passedChoice(passed: boolean | null): CompletionValues['passed'] {
  return passed === null ? undefined : passed ? 'yes' : 'no';
}

/** Only what changed is sent: the API applies the fields given and audits the reason. */
export function correctionOf(
  record: TrainingRecordFieldsFragment,
  values: CorrectionValues,
): TrainingRecordCorrection {
  const correction: TrainingRecordCorrection = { reason: values.reason.trim() };
  const completedOn = values.completedOn?.format('YYYY-MM-DD');
  if (completedOn && completedOn !== record.completedOn) correction.completedOn = completedOn;
  const hours = values.hours?.trim();
  if (hours && !samePoints(hours, record.hours)) correction.hours = hours;
  const score = values.score?.trim() || null;
  const sameScore =
    score === record.score ||
    (score !== null && record.score !== null && samePoints(score, record.score));
  if (!sameScore) correction.score = score;
  const passed = passedValue(values.passed);
  if (passed !== record.passed) correction.passed = passed;
  const points = values.pointsAwarded?.trim();
  if (points && !samePoints(points, record.pointsAwarded)) correction.pointsAwarded = points;
  const overrideReason = values.pointsOverrideReason?.trim();
  if (overrideReason && overrideReason !== record.pointsOverrideReason) {
    correction.pointsOverrideReason = overrideReason;
  }
  const evidence = values.evidence?.trim() || null;
  if (evidence !== record.evidence) correction.evidence = evidence;
  return correction;
}
