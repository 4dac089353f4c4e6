import { fromTenths, toTenths } from './points';
import { yearlyRequirementFor, type TrainingSettings } from './settings';

export const TRAINING_TYPES = [
  'CENTRALISED',
  'RESEARCH',
  'ONLINE',
  'CERTIFICATION',
  'ETHICS',
] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];

/** An activity of HR's catalogue, as the rules need it. Dates are 'YYYY-MM-DD'. */
export interface CatalogueActivity {
  id: number;
  type: TrainingType;
  startsOn: string;
  endsOn: string;
  points: string;
  mandatory: boolean;
  /** Empty: mandatory for every grade. */
  mandatoryGrades: readonly string[];
  validityMonths: number | null;
  active: boolean;
}

/** A live (not voided) completion in an RM's training file. */
export interface Completion {
  activityId: number;
  completedOn: string;
  pointsAwarded: string;
}

export type CertificateState = 'VALID' | 'EXPIRING' | 'EXPIRED';

export interface CertificateStatus {
  activityId: number;
  completedOn: string;
  expiresOn: string;
  state: CertificateState;
}

export type RenewalRiskReason = 'POINTS_SHORTFALL' | 'MANDATORY_MISSED';

export interface TrainingFileSummary {
  year: number;
  required: number;
  earned: string;
  /** Points still needed to meet the requirement (0 when met). */
  shortfall: string;
  /** Points of catalogue activities the RM can still complete this year. */
  stillAvailable: string;
  /** Mandatory activities of this year the RM has not completed. */
  mandatoryMissing: number[];
  certificates: CertificateStatus[];
  /** The RM cannot reach the requirement by year end, or missed a mandatory training for good. */
  renewalAtRisk: boolean;
  riskReasons: RenewalRiskReason[];
  /** Enough points this year for the assignment solver's eligibility rule. */
  meetsCoreClientMinimum: boolean;
}

export interface TrainingFileInput {
  year: number;
  /** The day the file is looked at ('YYYY-MM-DD'). */
  today: string;
  grade: string;
  settings: TrainingSettings;
  activities: readonly CatalogueActivity[];
  /** Every live completion of the RM (any year: certificates outlive the year). */
  completions: readonly Completion[];
}

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

const inYear = (date: string, year: number) => date.startsWith(`${year}-`);
const overlapsYear = (activity: CatalogueActivity, year: number) =>
  activity.startsOn <= `${year}-12-31` && activity.endsOn >= `${year}-01-01`;
const mandatoryFor = (activity: CatalogueActivity, grade: string) =>
  activity.mandatory &&
  (activity.mandatoryGrades.length === 0 || activity.mandatoryGrades.includes(grade));

/** The state of a certificate on a day, given when it expires. */
export function certificateState(
  expiresOn: string,
  today: string,
  warningDays: number,
): CertificateState {
  if (expiresOn < today) return 'EXPIRED';
  return expiresOn <= addDays(today, warningDays) ? 'EXPIRING' : 'VALID';
}

/**
 * An RM's training file for one year (docs/domain.md rule 10): points against the yearly
 * requirement, mandatory trainings missing, certificates, and whether renewal is at risk.
 */
export function trainingFile(input: TrainingFileInput): TrainingFileSummary {
  const { year, today, grade, settings, activities, completions } = input;
  const required = yearlyRequirementFor(settings, grade);
  const thisYear = completions.filter((completion) => inYear(completion.completedOn, year));
  const earnedTenths = thisYear.reduce(
    (total, completion) => total + toTenths(completion.pointsAwarded),
    0,
  );
  const doneThisYear = new Set(thisYear.map((completion) => completion.activityId));
  const yearEnd = `${year}-12-31`;

  // Still open: active, overlapping the rest of the year, and not yet done this year.
  const stillOpen = activities.filter(
    (activity) =>
      activity.active &&
      overlapsYear(activity, year) &&
      activity.endsOn >= today &&
      today <= yearEnd &&
      !doneThisYear.has(activity.id),
  );
  const stillAvailableTenths = stillOpen.reduce(
    (total, activity) => total + toTenths(activity.points),
    0,
  );

  const mandatory = activities.filter(
    (activity) => activity.active && overlapsYear(activity, year) && mandatoryFor(activity, grade),
  );
  const mandatoryMissing = mandatory.filter((activity) => !doneThisYear.has(activity.id));
  const mandatoryMissedForGood = mandatoryMissing.some((activity) => activity.endsOn < today);

  const requiredTenths = required * 10;
  const riskReasons: RenewalRiskReason[] = [];
  if (earnedTenths + stillAvailableTenths < requiredTenths) riskReasons.push('POINTS_SHORTFALL');
  if (mandatoryMissedForGood) riskReasons.push('MANDATORY_MISSED');

  return {
    year,
    required,
    earned: fromTenths(earnedTenths),
    shortfall: fromTenths(Math.max(0, requiredTenths - earnedTenths)),
    stillAvailable: fromTenths(stillAvailableTenths),
    mandatoryMissing: mandatoryMissing.map((activity) => activity.id),
    certificates: certificates(
      activities,
      completions,
      today,
      settings.certificateExpiryWarningDays,
    ),
    renewalAtRisk: riskReasons.length > 0,
    riskReasons,
    meetsCoreClientMinimum: earnedTenths >= settings.minimumPointsForCoreClients * 10,
  };
}

/** The latest certificate per certification activity, with its state today. */
function certificates(
  activities: readonly CatalogueActivity[],
  completions: readonly Completion[],
  today: string,
  warningDays: number,
): CertificateStatus[] {
  const validity = new Map(
    activities.filter((a) => a.validityMonths !== null).map((a) => [a.id, a.validityMonths!]),
  );
  const latest = new Map<number, Completion>();
  for (const completion of completions) {
    if (!validity.has(completion.activityId)) continue;
    const current = latest.get(completion.activityId);
    if (!current || completion.completedOn > current.completedOn)
      latest.set(completion.activityId, completion);
  }
  return [...latest.values()]
    .map((completion) => {
      const expiresOn = addMonths(completion.completedOn, validity.get(completion.activityId)!);
      return {
        activityId: completion.activityId,
        completedOn: completion.completedOn,
        expiresOn,
        state: certificateState(expiresOn, today, warningDays),
      };
    })
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
}
