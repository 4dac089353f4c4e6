import { isIsoDate } from './dates';

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
