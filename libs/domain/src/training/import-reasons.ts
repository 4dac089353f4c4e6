/**
 * Why an imported training line is refused: a code and its parameters, so each screen and
 * report can say it in the reader's language. The English text below is the API's message
 * (and the line's `reason`); the portal's dictionaries word the same codes in each language.
 */
type Params = Record<string, string | number>;

const REASON_TEXT = {
  CONTROL_CHARACTER: (p: Params) => `${p.column} holds a control character`,
  EVIDENCE_TOO_LONG: (p: Params) => `evidence is longer than ${p.max} characters`,
  EMPLOYEE_NO_MISSING: () => 'employee number is missing',
  UNKNOWN_RM: (p: Params) => `unknown RM "${p.employeeNo}"`,
  ACTIVITY_CODE_MISSING: () => 'activity code is missing',
  UNKNOWN_ACTIVITY: (p: Params) => `unknown activity "${p.code}"`,
  BAD_DATE: (p: Params) => `bad date "${p.value}" (use YYYY-MM-DD)`,
  DATE_IN_FUTURE: (p: Params) => `completion date ${p.date} is in the future`,
  OUTSIDE_ACTIVITY_DATES: (p: Params) =>
    `completed on ${p.date}, outside the activity's dates ${p.startsOn} to ${p.endsOn}`,
  BEFORE_HIRE: (p: Params) =>
    `completed on ${p.date}, before RM "${p.employeeNo}" joined on ${p.hireDate}`,
  AFTER_LEAVING: (p: Params) =>
    `completed on ${p.date}, after RM "${p.employeeNo}" left on ${p.leftOn}`,
  BAD_HOURS: (p: Params) => `bad hours "${p.value}" (a number such as 3 or 1.5)`,
  SCORE_OUT_OF_RANGE: (p: Params) => `score "${p.value}" out of range (0 to 100)`,
  BAD_PASSED: (p: Params) => `bad pass/fail "${p.value}" (yes or no)`,
  POINTS_OUT_OF_RANGE: (p: Params) => `points "${p.value}" out of range (0 to ${p.max})`,
  DUPLICATE_IN_FILE: (p: Params) => `duplicate of line ${p.line} in this file`,
  ALREADY_ON_FILE: () => 'already on file',
} satisfies Record<string, (params: Params) => string>;

export type ImportReasonCode = keyof typeof REASON_TEXT;
export const IMPORT_REASON_CODES = Object.keys(REASON_TEXT) as ImportReasonCode[];

export interface ImportLineReason {
  code: ImportReasonCode;
  params: Params;
}

export function importReason(code: ImportReasonCode, params: Params = {}): ImportLineReason {
  return { code, params };
}

/** The reason in English, as the API's message. */
export function importReasonText(reason: ImportLineReason): string {
  return REASON_TEXT[reason.code](reason.params);
}
