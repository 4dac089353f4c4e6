/**
 * Complaints (docs/domain.md rule 7), modelled on China's 银行业保险业消费投诉处理管理办法 (2020)
 * and the central bank's complaint statistics codes (银发〔2018〕211号), simplified to two levels.
 */
export type ComplaintChannel = 'BRANCH' | 'PHONE' | 'ONLINE' | 'LETTER' | 'REGULATOR' | 'OTHER';
export const COMPLAINT_CHANNELS: readonly ComplaintChannel[] = [
  'BRANCH',
  'PHONE',
  'ONLINE',
  'LETTER',
  'REGULATOR',
  'OTHER',
];

/** The business the complaint is about (first level). */
export type ComplaintBusiness =
  'DEPOSITS' | 'LOANS' | 'CARDS' | 'WEALTH' | 'PAYMENTS' | 'INSURANCE_AGENCY' | 'OTHER_BUSINESS';
export const COMPLAINT_BUSINESSES: readonly ComplaintBusiness[] = [
  'DEPOSITS',
  'LOANS',
  'CARDS',
  'WEALTH',
  'PAYMENTS',
  'INSURANCE_AGENCY',
  'OTHER_BUSINESS',
];

/** Why the client complains (second level). */
export type ComplaintCause =
  | 'SERVICE_ATTITUDE'
  | 'FEES'
  | 'MIS_SELLING'
  | 'DISCLOSURE'
  | 'PERSONAL_INFORMATION'
  | 'SYSTEM_FAILURE'
  | 'PROCESS'
  | 'OTHER_CAUSE';
export const COMPLAINT_CAUSES: readonly ComplaintCause[] = [
  'SERVICE_ATTITUDE',
  'FEES',
  'MIS_SELLING',
  'DISCLOSURE',
  'PERSONAL_INFORMATION',
  'SYSTEM_FAILURE',
  'PROCESS',
  'OTHER_CAUSE',
];

export type ComplaintSeverity = 'LOW' | 'MEDIUM' | 'HIGH';
export const COMPLAINT_SEVERITIES: readonly ComplaintSeverity[] = ['LOW', 'MEDIUM', 'HIGH'];

export type ComplaintComplexity = 'SIMPLE' | 'COMPLEX' | 'ESPECIALLY_COMPLEX';
export const COMPLAINT_COMPLEXITIES: readonly ComplaintComplexity[] = [
  'SIMPLE',
  'COMPLEX',
  'ESPECIALLY_COMPLEX',
];

/**
 * received → acknowledged → in progress → decided → closed; paused while an outside
 * appraisal runs; merged into an earlier complaint; withdrawn by the client.
 */
export type ComplaintStatus =
  | 'RECEIVED'
  | 'ACKNOWLEDGED'
  | 'IN_PROGRESS'
  | 'PAUSED'
  | 'DECIDED'
  | 'CLOSED'
  | 'MERGED'
  | 'WITHDRAWN';
export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'RECEIVED',
  'ACKNOWLEDGED',
  'IN_PROGRESS',
  'PAUSED',
  'DECIDED',
  'CLOSED',
  'MERGED',
  'WITHDRAWN',
];

/** What may be done to a complaint, each a recorded, audited event. */
export type ComplaintAction =
  | 'ASSIGN'
  | 'ACKNOWLEDGE'
  | 'START'
  | 'PAUSE'
  | 'RESUME'
  | 'EXTEND'
  | 'MERGE'
  | 'WITHDRAW'
  | 'DECIDE'
  | 'CLOSE'
  | 'REOPEN';

/** The statuses each action may start from (the clock and the handler are checked apart). */
const FROM: Record<ComplaintAction, readonly ComplaintStatus[]> = {
  ASSIGN: ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'PAUSED'],
  ACKNOWLEDGE: ['RECEIVED'],
  START: ['ACKNOWLEDGED'],
  PAUSE: ['ACKNOWLEDGED', 'IN_PROGRESS'],
  RESUME: ['PAUSED'],
  EXTEND: ['ACKNOWLEDGED', 'IN_PROGRESS'],
  MERGE: ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS'],
  WITHDRAW: ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'PAUSED'],
  DECIDE: ['ACKNOWLEDGED', 'IN_PROGRESS'],
  CLOSE: ['DECIDED'],
  REOPEN: ['DECIDED', 'CLOSED'],
};

/** Where an action leaves the complaint (ASSIGN and EXTEND keep the status). */
const TO: Partial<Record<ComplaintAction, ComplaintStatus>> = {
  ACKNOWLEDGE: 'ACKNOWLEDGED',
  START: 'IN_PROGRESS',
  PAUSE: 'PAUSED',
  RESUME: 'IN_PROGRESS',
  MERGE: 'MERGED',
  WITHDRAW: 'WITHDRAWN',
  DECIDE: 'DECIDED',
  CLOSE: 'CLOSED',
  REOPEN: 'IN_PROGRESS',
};

/** The status after `action`, or null when the action does not apply in `status`. */
export function statusAfter(
  status: ComplaintStatus,
  action: ComplaintAction,
): ComplaintStatus | null {
  if (!FROM[action].includes(status)) return null;
  return TO[action] ?? status;
}

/** Bounds on what a complaint may hold. */
export const COMPLAINT_LIMITS = {
  description: 4000,
  clientRequest: 2000,
  summary: 4000,
  rootCause: 2000,
  decision: 2000,
  note: 1000,
  /** Redress at most this many yuan (exact, numeric(18,2) holds far more). */
  maxRedressYuan: 100_000_000,
} as const;
