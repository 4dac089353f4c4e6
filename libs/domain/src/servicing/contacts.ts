import type { ContactCycleSettings } from './cycle-settings';

/** How a contact was made (docs/domain.md rule 6). */
export type ContactType = 'VISIT' | 'PHONE' | 'VIDEO' | 'BRANCH_MEETING' | 'MESSAGE' | 'EMAIL';
export const CONTACT_TYPES: readonly ContactType[] = [
  'VISIT',
  'PHONE',
  'VIDEO',
  'BRANCH_MEETING',
  'MESSAGE',
  'EMAIL',
];

export type ContactPurpose =
  'PERIODIC_REVIEW' | 'PRODUCT' | 'SERVICE' | 'COMPLAINT_FOLLOW_UP' | 'ONBOARDING' | 'RETENTION';
export const CONTACT_PURPOSES: readonly ContactPurpose[] = [
  'PERIODIC_REVIEW',
  'PRODUCT',
  'SERVICE',
  'COMPLAINT_FOLLOW_UP',
  'ONBOARDING',
  'RETENTION',
];

/** What came of it. A client not reached was not contacted: it never counts towards a cycle. */
export type ContactOutcome = 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE' | 'NOT_REACHED';
export const CONTACT_OUTCOMES: readonly ContactOutcome[] = [
  'POSITIVE',
  'NEUTRAL',
  'NEGATIVE',
  'NOT_REACHED',
];

/** A planned contact is completed (DONE) or cancelled; a logged contact is DONE at once. */
export type ContactStatus = 'DONE' | 'PLANNED' | 'CANCELLED';

/** Bounds on what a contact may hold (the input guard and the services both enforce them). */
export const CONTACT_LIMITS = {
  notes: 2000,
  nextStep: 500,
  reason: 500,
  addendum: 2000,
  /** A planned date at most this many days ahead. */
  planAheadDays: 366,
} as const;

/** Whether a contact counts towards the client's cycle under these settings. */
export function contactCounts(
  contact: { type: ContactType; outcome: ContactOutcome | null; status: ContactStatus },
  settings: Pick<ContactCycleSettings, 'countingTypes'>,
): boolean {
  return (
    contact.status === 'DONE' &&
    contact.outcome !== 'NOT_REACHED' &&
    settings.countingTypes.includes(contact.type)
  );
}

/** Whether the author may still edit a contact written on `writtenOn` (bank dates); after it, addenda. */
export function withinEditWindow(
  writtenOn: string,
  today: string,
  settings: Pick<ContactCycleSettings, 'editWindowDays'>,
): boolean {
  return daysBetween(writtenOn, today) <= settings.editWindowDays;
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
