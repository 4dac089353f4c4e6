import { isIsoDate } from '../dates';
import { controlCharacterIn } from '../text';
import { EVIDENCE_MAX_LENGTH } from './limits';
import { parsePoints, toTenths } from './points';
import { completionOutsideService, type ServicePeriod } from './service-period';
import { importReason, importReasonText, type ImportLineReason } from './import-reasons';
import type { TrainingSettings } from './settings';

/**
 * Validation of training completions imported from the bank's learning systems: each
 * line is accepted, rejected with a reason, or recognised as a duplicate of a record
 * already on file (so importing the same file twice adds nothing).
 */
export const IMPORT_COLUMNS = [
  'employeeNo',
  'activityCode',
  'completedOn',
  'hours',
  'score',
  'passed',
  'points',
  'evidence',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = [
  'employeeNo',
  'activityCode',
  'completedOn',
  'hours',
];

/** Header spellings seen in exports (English and Chinese), normalised to lower case without spaces. */
const HEADER_ALIASES: Record<string, ImportColumn> = {
  employeeno: 'employeeNo',
  employee_no: 'employeeNo',
  employee: 'employeeNo',
  工号: 'employeeNo',
  员工编号: 'employeeNo',
  activitycode: 'activityCode',
  activity_code: 'activityCode',
  activity: 'activityCode',
  培训编号: 'activityCode',
  课程编号: 'activityCode',
  completedon: 'completedOn',
  completed_on: 'completedOn',
  completiondate: 'completedOn',
  date: 'completedOn',
  完成日期: 'completedOn',
  hours: 'hours',
  学时: 'hours',
  score: 'score',
  成绩: 'score',
  passed: 'passed',
  pass: 'passed',
  是否通过: 'passed',
  points: 'points',
  积分: 'points',
  evidence: 'evidence',
  note: 'evidence',
  notes: 'evidence',
  备注: 'evidence',
  证明: 'evidence',
};

export function importColumnOf(header: string): ImportColumn | null {
  return HEADER_ALIASES[header.trim().toLowerCase().replace(/\s+/g, '')] ?? null;
}

export interface ImportLine {
  /** Line number in the file, counting the header as line 1. */
  lineNo: number;
  fields: Partial<Record<ImportColumn, string>>;
}

export interface ImportLookups {
  /** Keys are employee numbers in upper case. */
  managerByEmployeeNo: ReadonlyMap<string, { id: number } & ServicePeriod>;
  /** Keys are activity codes in upper case. */
  activityByCode: ReadonlyMap<
    string,
    { id: number; points: string; startsOn: string; endsOn: string }
  >;
  /** `${managerId}:${activityId}:${completedOn}` of live records already on file. */
  existingKeys: ReadonlySet<string>;
}

export interface ImportedCompletion {
  managerId: number;
  activityId: number;
  completedOn: string;
  hours: string;
  score: string | null;
  passed: boolean | null;
  points: string;
  /** Set when the file's points differ from the catalogue's. */
  pointsOverridden: boolean;
  evidence: string | null;
}

export type ImportOutcome =
  | { lineNo: number; outcome: 'ACCEPTED'; completion: ImportedCompletion }
  | { lineNo: number; outcome: 'REJECTED'; reason: string; why: ImportLineReason }
  | {
      lineNo: number;
      outcome: 'DUPLICATE';
      reason: string;
      why: ImportLineReason;
      completion: ImportedCompletion;
    };

const HOURS = /^\d{1,3}(\.\d)?$/;
const SCORE = /^\d{1,3}(\.\d)?$/;
const PASSED: Record<string, boolean> = {
  yes: true,
  y: true,
  true: true,
  '1': true,
  pass: true,
  是: true,
  通过: true,
  no: false,
  n: false,
  false: false,
  '0': false,
  fail: false,
  否: false,
  未通过: false,
};

function check(
  line: ImportLine,
  lookups: ImportLookups,
  settings: TrainingSettings,
  today: string,
): ImportedCompletion | ImportLineReason {
  const value = (column: ImportColumn) => (line.fields[column] ?? '').trim();
  // A NUL or other control character (a corrupt export) rejects this line, not the file.
  const corrupt = IMPORT_COLUMNS.find((column) =>
    controlCharacterIn(line.fields[column] ?? '', column === 'evidence'),
  );
  if (corrupt) return importReason('CONTROL_CHARACTER', { column: corrupt });
  if (value('evidence').length > EVIDENCE_MAX_LENGTH)
    return importReason('EVIDENCE_TOO_LONG', { max: EVIDENCE_MAX_LENGTH });
  const employeeNo = value('employeeNo');
  if (!employeeNo) return importReason('EMPLOYEE_NO_MISSING');
  const rm = lookups.managerByEmployeeNo.get(employeeNo.toUpperCase());
  if (rm === undefined) return importReason('UNKNOWN_RM', { employeeNo });
  const managerId = rm.id;
  const code = value('activityCode');
  if (!code) return importReason('ACTIVITY_CODE_MISSING');
  const activity = lookups.activityByCode.get(code.toUpperCase());
  if (!activity) return importReason('UNKNOWN_ACTIVITY', { code });
  const completedOn = value('completedOn');
  if (!isIsoDate(completedOn)) return importReason('BAD_DATE', { value: completedOn });
  if (completedOn > today) return importReason('DATE_IN_FUTURE', { date: completedOn });
  if (completedOn < activity.startsOn || completedOn > activity.endsOn) {
    return importReason('OUTSIDE_ACTIVITY_DATES', {
      date: completedOn,
      startsOn: activity.startsOn,
      endsOn: activity.endsOn,
    });
  }
  switch (completionOutsideService(completedOn, rm)) {
    case 'BEFORE_HIRE':
      return importReason('BEFORE_HIRE', { date: completedOn, employeeNo, hireDate: rm.hireDate });
    case 'AFTER_LEAVING':
      return importReason('AFTER_LEAVING', {
        date: completedOn,
        employeeNo,
        leftOn: rm.leftOn ?? '',
      });
  }
  const hours = value('hours');
  if (!HOURS.test(hours)) return importReason('BAD_HOURS', { value: hours });
  const score = value('score');
  if (score && (!SCORE.test(score) || Number(score) > 100))
    return importReason('SCORE_OUT_OF_RANGE', { value: score });
  const passedText = value('passed').toLowerCase();
  const passed = passedText ? PASSED[passedText] : null;
  if (passed === undefined) return importReason('BAD_PASSED', { value: value('passed') });
  const pointsText = value('points');
  let points = activity.points;
  if (pointsText) {
    const parsed = parsePoints(pointsText);
    if (parsed === null || toTenths(parsed) > settings.maxPointsPerRecord * 10) {
      return importReason('POINTS_OUT_OF_RANGE', {
        value: pointsText,
        max: settings.maxPointsPerRecord,
      });
    }
    points = parsed;
  }
  // A failed attempt stays on file but earns nothing.
  if (passed === false) points = '0.0';
  return {
    managerId,
    activityId: activity.id,
    completedOn,
    hours: hours.includes('.') ? hours : `${hours}.0`,
    score: score ? (score.includes('.') ? score : `${score}.0`) : null,
    passed,
    points,
    pointsOverridden: toTenths(points) !== toTenths(activity.points),
    evidence: value('evidence') || null,
  };
}

function rejected(lineNo: number, why: ImportLineReason): ImportOutcome {
  return { lineNo, outcome: 'REJECTED', reason: importReasonText(why), why };
}

export function validateImportLines(
  lines: readonly ImportLine[],
  lookups: ImportLookups,
  settings: TrainingSettings,
  today: string,
): ImportOutcome[] {
  const firstLineOf = new Map<string, number>();
  return lines.map((line) => {
    const result = check(line, lookups, settings, today);
    if (!('managerId' in result)) return rejected(line.lineNo, result);
    const key = `${result.managerId}:${result.activityId}:${result.completedOn}`;
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined)
      return rejected(line.lineNo, importReason('DUPLICATE_IN_FILE', { line: earlier }));
    firstLineOf.set(key, line.lineNo);
    if (lookups.existingKeys.has(key)) {
      const why = importReason('ALREADY_ON_FILE');
      return {
        lineNo: line.lineNo,
        outcome: 'DUPLICATE',
        reason: importReasonText(why),
        why,
        completion: result,
      };
    }
    return { lineNo: line.lineNo, outcome: 'ACCEPTED', completion: result };
  });
}
