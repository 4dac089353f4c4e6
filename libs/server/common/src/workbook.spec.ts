import { Workbook } from 'exceljs';
import { workbookOf, type SheetColumn } from './workbook';

interface Row {
  name: string;
  type: string;
  on: string | null;
  at: Date;
  points: string;
}

const columns: SheetColumn<Row>[] = [
  { kind: 'text', header: '名称', value: (row) => row.name },
  { kind: 'code', header: '类型', value: (row) => row.type, labels: { ONLINE: '网上培训' } },
  { kind: 'date', header: '日期', value: (row) => row.on },
  { kind: 'datetime', header: '时间（Asia/Shanghai）', value: (row) => row.at },
  { kind: 'decimal', header: '积分', value: (row) => row.points, decimals: 1 },
];

async function read(rows: Row[]) {
  const workbook = new Workbook();
  await workbook.xlsx.load(
    (await workbookOf({ name: '培训记录', columns, rows, timeZone: 'Asia/Shanghai' })) as never,
  );
  return workbook.worksheets[0];
}

describe('an XLSX export', () => {
  it('names columns and codes in words, and writes dates as dates in the bank’s zone', async () => {
    const sheet = await read([
      {
        name: 'Wang Fang',
        type: 'ONLINE',
        on: '2026-05-02',
        at: new Date('2026-12-07T13:03:09Z'),
        points: '2.5',
      },
      { name: 'Li Na', type: 'NEW_KIND', on: null, at: new Date(0), points: '0.0' },
    ]);
    expect(sheet.name).toBe('培训记录');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '名称',
      '类型',
      '日期',
      '时间（Asia/Shanghai）',
      '积分',
    ]);
    const [name, type, on, at, points] = [1, 2, 3, 4, 5].map((n) => sheet.getRow(2).getCell(n));
    expect([name.value, type.value]).toEqual(['Wang Fang', '网上培训']);
    // Real dates: Excel sorts and filters them as dates and shows them in this format.
    expect(on.value).toEqual(new Date('2026-05-02T00:00:00Z'));
    expect(on.numFmt).toBe('yyyy-mm-dd');
    expect(at.value).toEqual(new Date('2026-12-07T21:03:09Z'));
    expect(at.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect([points.value, points.numFmt]).toEqual([2.5, '#,##0.0']);
    // A code with no word yet shows as stored; an empty date stays empty.
    expect(sheet.getRow(3).getCell(2).value).toBe('NEW_KIND');
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
  });

  it('never hands the spreadsheet a formula, and keeps a long text within a cell', async () => {
    const sheet = await read([
      { name: '=HYPERLINK("http://x")', type: '@SUM(1)', on: null, at: new Date(0), points: '1' },
      { name: 'x'.repeat(40_000), type: 'ONLINE', on: null, at: new Date(0), points: '1' },
    ]);
    expect(sheet.getRow(2).getCell(1).value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet.getRow(2).getCell(2).value).toBe("'@SUM(1)");
    expect(sheet.getRow(3).getCell(1).text).toHaveLength(32_767);
  });
});
