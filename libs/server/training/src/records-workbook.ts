import { LABELS, type Language } from '@corebook/domain';
import { BANK_TIME_ZONE, workbookOf, type SheetColumn } from '@corebook/server/common';

/** One line of the records export (RecordsService.exportRows); numbers as exact text. */
export interface TrainingExportRow {
  employeeNo: string;
  rmName: string;
  branch: string;
  activityCode: string;
  activity: string;
  type: string;
  completedOn: string;
  hours: string;
  score: string | null;
  passed: boolean | null;
  points: string;
  overrideReason: string | null;
  status: string;
  voidReason: string | null;
  source: string;
  evidence: string | null;
}

/** The records grid as an XLSX file, its headers and codes in `language`. */
export function trainingRecordsWorkbook(
  rows: readonly TrainingExportRow[],
  language: Language,
): Promise<Buffer> {
  const words = LABELS[language].training;
  const field = words.fields;
  const columns: SheetColumn<TrainingExportRow>[] = [
    { kind: 'text', header: field.employeeNo, value: (row) => row.employeeNo },
    { kind: 'text', header: field.manager, value: (row) => row.rmName },
    { kind: 'text', header: field.branch, value: (row) => row.branch },
    { kind: 'text', header: field.code, value: (row) => row.activityCode },
    { kind: 'text', header: field.activity, value: (row) => row.activity, width: 40 },
    { kind: 'code', header: field.type, value: (row) => row.type, labels: words.types },
    { kind: 'date', header: field.completedOn, value: (row) => row.completedOn },
    { kind: 'decimal', header: field.hours, value: (row) => row.hours, decimals: 1 },
    { kind: 'decimal', header: field.score, value: (row) => row.score, decimals: 1 },
    {
      kind: 'code',
      header: field.passed,
      value: (row) => (row.passed === null ? null : String(row.passed)),
      labels: { true: words.yes, false: words.no },
    },
    { kind: 'decimal', header: field.pointsAwarded, value: (row) => row.points, decimals: 1 },
    { kind: 'text', header: field.pointsOverrideReason, value: (row) => row.overrideReason },
    { kind: 'code', header: field.status, value: (row) => row.status, labels: words.statuses },
    { kind: 'text', header: field.voidReason, value: (row) => row.voidReason },
    { kind: 'code', header: field.source, value: (row) => row.source, labels: words.sources },
    { kind: 'text', header: field.evidence, value: (row) => row.evidence, width: 30 },
  ];
  return workbookOf({ name: words.exportSheet, columns, rows, timeZone: BANK_TIME_ZONE });
}
