import { recordsExportUrl, rejectionReportUrl } from './downloads';
import { parseYear, progressPercent, yearChoices } from './trainingOptions';

describe('training file progress', () => {
  it('shows the share of the yearly requirement earned, capped at 100', () => {
    expect(progressPercent('12.5', 50)).toBe(25);
    expect(progressPercent('80.0', 50)).toBe(100);
    expect(progressPercent('0.0', 50)).toBe(0);
  });

  it('treats a zero requirement as met', () => {
    expect(progressPercent('0.0', 0)).toBe(100);
  });
});

describe('year choices', () => {
  it('offers next year back to five years ago, newest first', () => {
    expect(yearChoices(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('reads only plausible years from the URL', () => {
    expect(parseYear('2025')).toBe(2025);
    expect(parseYear('25')).toBeUndefined();
    expect(parseYear('1899')).toBeUndefined();
    expect(parseYear(null)).toBeUndefined();
  });
});

describe('training downloads', () => {
  it('exports the records grid with exactly the filters on screen, in the page’s language', () => {
    expect(
      recordsExportUrl({ branchId: 3, type: 'ONLINE', year: 2026, status: null }, 'zh-CN'),
    ).toBe('/training/records.xlsx?branchId=3&type=ONLINE&year=2026&lang=zh-CN');
    expect(recordsExportUrl({}, 'en')).toBe('/training/records.xlsx?lang=en');
  });

  it('links the rejection report of an import, in the page’s language', () => {
    expect(rejectionReportUrl('42', 'zh-CN')).toBe(
      '/training/imports/42/rejections.csv?lang=zh-CN',
    );
  });
});
