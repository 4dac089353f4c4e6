import { isIsoDate, todayIn } from './dates';

describe('isIsoDate', () => {
  it('accepts calendar dates written YYYY-MM-DD', () => {
    expect(['2026-10-31', '2024-02-29', '1999-01-01'].every(isIsoDate)).toBe(true);
  });

  it('refuses dates that do not exist and other spellings', () => {
    for (const text of [
      '2025-02-30',
      '2025-13-01',
      '2025-00-10',
      '0000-01-01',
      '0099-05-05',
      '2025-1-01',
      '2025/01/01',
      '20250101',
      '',
    ])
      expect(isIsoDate(text)).toBe(false);
  });
});

describe('todayIn', () => {
  it("gives the date where the bank is, which is a day ahead of UTC's in the evening", () => {
    const evening = new Date('2026-11-22T17:30:00Z');
    expect(todayIn('UTC', evening)).toBe('2026-11-22');
    expect(todayIn('Asia/Shanghai', evening)).toBe('2026-11-23');
    expect(todayIn('Asia/Shanghai', new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(todayIn('Asia/Shanghai', new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});
