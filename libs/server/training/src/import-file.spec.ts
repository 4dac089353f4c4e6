import { Workbook } from 'exceljs';
import { parseImportFile } from './import-file';

const csv = (text: string) => Buffer.from(text, 'utf8');

describe('reading an import file', () => {
  it('maps headers, skips blank lines and keeps file line numbers', async () => {
    const parsed = await parseImportFile(
      'a.csv',
      csv(
        '\uFEFFEmployee No,Activity Code,Completed On,Hours,Remarks\nE001,T-1,2026-03-01,2,\n\n"E002","T-1","2026-03-02","1.5",x\n',
      ),
    );
    expect(parsed.lines).toEqual([
      {
        lineNo: 2,
        fields: { employeeNo: 'E001', activityCode: 'T-1', completedOn: '2026-03-01', hours: '2' },
      },
      {
        lineNo: 4,
        fields: {
          employeeNo: 'E002',
          activityCode: 'T-1',
          completedOn: '2026-03-02',
          hours: '1.5',
        },
      },
    ]);
    expect(parsed.raw.get(4)).toBe('E002,T-1,2026-03-02,1.5,x');
  });

  describe('reads a CSV in the encoding Excel saved it in', () => {
    const text = '工号,培训编号,完成日期,学时,备注\nE001,T-1,2026-03-01,2,线上课程\n';
    const expected = {
      employeeNo: 'E001',
      activityCode: 'T-1',
      completedOn: '2026-03-01',
      hours: '2',
      evidence: '线上课程',
    };
    it.each([
      // Excel's "CSV" on a Chinese Windows: GB18030/GBK, no byte-order mark.
      [
        'GB18030',
        Buffer.from(
          'b9a4bac52cc5e0d1b5b1e0bac52ccdeab3c9c8d5c6da2cd1a7cab12cb1b8d7a20a453030312c542d312c323032362d30332d30312c322ccfdfc9cfbfceb3cc0a',
          'hex',
        ),
      ],
      ['UTF-8 with a byte-order mark', Buffer.from(`\uFEFF${text}`, 'utf8')],
      ['UTF-8 without one', Buffer.from(text, 'utf8')],
      [
        'UTF-16 little-endian',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      ],
      [
        'UTF-16 big-endian',
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      ],
    ])('%s', async (_encoding, content) => {
      const parsed = await parseImportFile('培训记录.csv', content);
      expect(parsed.lines).toEqual([{ lineNo: 2, fields: expected }]);
    });
  });

  it('reads dates and numbers from an XLSX sheet as text', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['工号', '培训编号', '完成日期', '学时', '积分']);
    sheet.addRow(['E001', 'T-1', new Date(Date.UTC(2026, 2, 1)), 2, 4.5]);
    const parsed = await parseImportFile('b.XLSX', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed.lines[0].fields).toEqual({
      employeeNo: 'E001',
      activityCode: 'T-1',
      completedOn: '2026-03-01',
      hours: '2',
      points: '4.5',
    });
  });

  it.each([
    ['a.csv', '', /empty/, 'FILE_EMPTY'],
    [
      'a.csv',
      'employee_no,hours\nE1,2',
      /lacks the column\(s\): activityCode, completedOn/,
      'FILE_MISSING_COLUMNS',
    ],
    ['a.csv', 'employee_no,activity_code,completed_on,hours\n\n', /no rows/, 'FILE_NO_ROWS'],
    ['a.txt', 'x', /\.csv or \.xlsx/, 'FILE_TYPE'],
    ['a.xlsx', 'not a zip', /not a readable XLSX/, 'FILE_NOT_XLSX'],
  ])(
    'refuses %s holding %j, with a rule the portal translates',
    async (name, content, message, rule) => {
      const refusal = parseImportFile(name, csv(content));
      await expect(refusal).rejects.toThrow(message);
      await expect(refusal).rejects.toMatchObject({ extensions: { rule } });
    },
  );
});
