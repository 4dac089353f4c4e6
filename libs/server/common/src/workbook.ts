import { labelFor, spreadsheetText, wallClockIn } from '@corebook/domain';
import { Workbook } from 'exceljs';

/** Excel keeps at most this many characters in a cell; more makes it "repair" the file. */
const MAX_CELL_TEXT = 32_767;

/**
 * One column of an export: its header (already in the caller's language) and what kind of
 * value it holds, which decides the cell. Text is never run as a formula; codes are shown in
 * words; dates and date-times are real Excel dates, not text.
 */
export type SheetColumn<Row> = { header: string; width?: number } & (
  | { kind: 'text'; value(row: Row): string | null }
  /** A stored code (ONLINE, REFUSED) shown by its word in `labels`, or as is when it has none. */
  | { kind: 'code'; value(row: Row): string | null; labels: Readonly<Record<string, string>> }
  /** A calendar date, YYYY-MM-DD. */
  | { kind: 'date'; value(row: Row): string | null }
  /** An instant, shown as the wall-clock time in the sheet's time zone. */
  | { kind: 'datetime'; value(row: Row): Date | null }
  /** An exact decimal string (numeric from PostgreSQL), shown with `decimals` places. */
  | { kind: 'decimal'; value(row: Row): string | null; decimals: number }
  | { kind: 'number'; value(row: Row): number | null }
);

export interface Sheet<Row> {
  /** The worksheet's tab, in the caller's language. */
  name: string;
  columns: readonly SheetColumn<Row>[];
  rows: readonly Row[];
  /** Where date-time columns are read (the bank's zone); a header should name it. */
  timeZone: string;
}

type Cell = string | number | Date | null;

function textCell(text: string | null): Cell {
  if (text === null) return null;
  const kept = text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
  return spreadsheetText(kept);
}

function cellOf<Row>(column: SheetColumn<Row>, row: Row, timeZone: string): Cell {
  switch (column.kind) {
    case 'text':
      return textCell(column.value(row));
    case 'code': {
      const code = column.value(row);
      return textCell(code === null ? null : labelFor(column.labels, code));
    }
    case 'date': {
      const date = column.value(row);
      // Excel dates have no zone: a UTC midnight is written as that calendar day.
      return date === null ? null : new Date(`${date}T00:00:00Z`);
    }
    case 'datetime': {
      const at = column.value(row);
      return at === null ? null : new Date(`${wallClockIn(timeZone, at).replace(' ', 'T')}Z`);
    }
    case 'decimal': {
      const amount = column.value(row);
      // A spreadsheet number is a double; the text it came from was exact to `decimals` places.
      return amount === null ? null : Number(amount);
    }
    case 'number':
      return column.value(row);
  }
}

function numberFormat<Row>(column: SheetColumn<Row>): string | undefined {
  switch (column.kind) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm:ss';
    case 'decimal':
      return column.decimals > 0 ? `#,##0.${'0'.repeat(column.decimals)}` : '#,##0';
    default:
      return undefined;
  }
}

const DEFAULT_WIDTHS: Record<SheetColumn<unknown>['kind'], number> = {
  text: 18,
  code: 18,
  date: 12,
  datetime: 20,
  decimal: 12,
  number: 12,
};

/** The XLSX file of one sheet: a bold, frozen header row with filters, then a row per row. */
export async function workbookOf<Row>(sheet: Sheet<Row>): Promise<Buffer> {
  const workbook = new Workbook();
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  worksheet.columns = sheet.columns.map((column) => {
    const numFmt = numberFormat(column);
    return {
      header: column.header,
      width: column.width ?? DEFAULT_WIDTHS[column.kind],
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  worksheet.getRow(1).font = { bold: true };
  worksheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: sheet.columns.length },
  };
  for (const row of sheet.rows)
    worksheet.addRow(sheet.columns.map((column) => cellOf(column, row, sheet.timeZone)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
