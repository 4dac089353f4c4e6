// Enumerations the training pages offer, keyed by the generated unions so that a value
// added to the schema fails typecheck here rather than missing from a filter.
import type {
  CertificateState,
  ImportLineOutcome,
  TrainingRecordStatus,
  TrainingType,
} from '../../../gql/graphql';

const TYPES: Record<TrainingType, true> = {
  CENTRALISED: true,
  RESEARCH: true,
  ONLINE: true,
  CERTIFICATION: true,
  ETHICS: true,
};
const STATUSES: Record<TrainingRecordStatus, true> = { ACTIVE: true, VOIDED: true };
const OUTCOMES: Record<ImportLineOutcome, true> = {
  ACCEPTED: true,
  REJECTED: true,
  DUPLICATE: true,
};
const CERTIFICATE_STATES: Record<CertificateState, string> = {
  VALID: 'green',
  EXPIRING: 'orange',
  EXPIRED: 'red',
};

export const TRAINING_TYPES = Object.keys(TYPES) as TrainingType[];
export const RECORD_STATUSES = Object.keys(STATUSES) as TrainingRecordStatus[];
export const IMPORT_OUTCOMES = Object.keys(OUTCOMES) as ImportLineOutcome[];

/** RM grades, junior to principal; the server refuses any other. */
export const GRADES = ['JUNIOR', 'INTERMEDIATE', 'SENIOR', 'PRINCIPAL'] as const;
export type Grade = (typeof GRADES)[number];

export function isGrade(value: string): value is Grade {
  return (GRADES as readonly string[]).includes(value);
}

/** Why a file is flagged; the API sends these as plain strings. */
export const RISK_REASONS = ['POINTS_SHORTFALL', 'MANDATORY_MISSED'] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

export function isRiskReason(value: string): value is RiskReason {
  return (RISK_REASONS as readonly string[]).includes(value);
}

export function certificateColor(state: CertificateState): string {
  return CERTIFICATE_STATES[state];
}

/** Years to pick from: next year back to five years ago, newest first. */
export function yearChoices(currentYear: number): number[] {
  return Array.from({ length: 7 }, (_, index) => currentYear + 1 - index);
}

/** A year from the URL, or undefined when it is not a plausible calendar year. */
export function parseYear(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

/**
 * Share of the requirement earned, 0–100, for the progress bar only (points themselves are
 * shown as the API gives them). A requirement of 0 is met by definition.
 */
export function progressPercent(earned: string, required: number): number {
  const points = Number(earned);
  if (!Number.isFinite(points)) return 0;
  if (required <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor((points / required) * 100)));
}

/** A points value as the API takes it: at most 1000, at most one decimal. */
export const POINTS_PATTERN = /^\d{1,4}(\.\d)?$/;
/** Hours as the API takes them: e.g. 3 or 1.5. */
export const HOURS_PATTERN = /^\d{1,3}(\.\d)?$/;
