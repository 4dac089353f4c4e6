import {
  importColumnOf,
  withoutControlCharacters,
  REQUIRED_IMPORT_COLUMNS,
  type ImportColumn,
  type ImportLine,
} from '@corebook/domain';
import { badInput } from '@corebook/server/common';
import { Workbook, type CellValue } from 'exceljs';
import Papa from 'papaparse';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;

export interface ParsedImport {
  lines: ImportLine[];
  /** The text of each data line, for the rejection report. */
  raw: Map<number, string>;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value && value.result !== undefined) return cellText(value.result);
    if ('text' in value) return String(value.text);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    return '';
  }
  return String(value);
}

async function rowsOf(fileName: string, content: Buffer): Promise<string[][]> {
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw badInput('file', 'The file is not a readable XLSX workbook', { rule: 'FILE_NOT_XLSX' });
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw badInput('file', 'The workbook has no sheet', { rule: 'FILE_NO_SHEET' });
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = row.values as CellValue[];
      rows[rowNumber - 1] = values.slice(1).map(cellText);
    });
    return Array.from(rows, (row) => row ?? []);
  }
  if (!/\.csv$/i.test(fileName))
    throw badInput('fileName', 'Import a .csv or .xlsx file', { rule: 'FILE_TYPE' });
  const parsed = Papa.parse<string[]>(csvText(content), { skipEmptyLines: false });
  return parsed.data;
}

/**
 * The text of a CSV file in the encodings spreadsheets save in China: UTF-8 (with or without
 * a byte-order mark), UTF-16 (Excel's "Unicode text", with its mark) and, for any file that
 * is not valid UTF-8, GB18030 (Excel's default "CSV" on a Chinese Windows, a superset of GBK
 * and GB2312).
 */
export function csvText(content: Buffer): string {
  const [first, second] = content;
  if (first === 0xff && second === 0xfe) return new TextDecoder('utf-16le').decode(content);
  if (first === 0xfe && second === 0xff) return new TextDecoder('utf-16be').decode(content);
  try {
    // Drops a UTF-8 byte-order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('gb18030').decode(content);
  }
}

/** Reads a CSV or XLSX export into lines keyed by the import columns; line 1 is the header. */
export async function parseImportFile(fileName: string, content: Buffer): Promise<ParsedImport> {
  if (content.length === 0) throw badInput('file', 'The file is empty', { rule: 'FILE_EMPTY' });
  if (content.length > MAX_IMPORT_BYTES)
    throw badInput('file', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, {
      rule: 'FILE_TOO_LARGE',
      params: { mb: MAX_IMPORT_BYTES / 1024 / 1024 },
    });
  const rows = await rowsOf(fileName, content);
  const header = rows[0] ?? [];
  const columns = header.map((name) => importColumnOf(name));
  const missing = REQUIRED_IMPORT_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0)
    throw badInput('file', `The header (line 1) lacks the column(s): ${missing.join(', ')}`, {
      rule: 'FILE_MISSING_COLUMNS',
      params: { columns: missing.join(', ') },
    });
  const lines: ImportLine[] = [];
  const raw = new Map<number, string>();
  for (let index = 1; index < rows.length; index++) {
    const cells = rows[index];
    if (cells.every((cell) => cell.trim() === '')) continue;
    const fields: Partial<Record<ImportColumn, string>> = {};
    columns.forEach((column, position) => {
      if (column) fields[column] = cells[position] ?? '';
    });
    lines.push({ lineNo: index + 1, fields });
    // Kept for the rejection report; a control character (NUL above all) cannot be stored.
    raw.set(index + 1, withoutControlCharacters(cells.join(',')));
  }
  if (lines.length === 0)
    throw badInput('file', 'The file has a header but no rows', { rule: 'FILE_NO_ROWS' });
  if (lines.length > MAX_IMPORT_ROWS)
    throw badInput('file', `At most ${MAX_IMPORT_ROWS} rows per file`, {
      rule: 'FILE_TOO_MANY_ROWS',
      params: { max: MAX_IMPORT_ROWS },
    });
  return { lines, raw };
}
