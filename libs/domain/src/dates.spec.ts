import { isIsoDate, startOfDayIn, todayIn, wallClockIn } from './dates';

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

describe('wallClockIn', () => {
  it('reads the clock where the bank is, to the second, midnight as 00', () => {
    expect(wallClockIn('Asia/Shanghai', new Date('2026-12-07T13:03:09Z'))).toBe(
      '2026-12-07 21:03:09',
    );
    expect(wallClockIn('Asia/Shanghai', new Date('2026-12-31T16:00:00Z'))).toBe(
      '2027-01-01 00:00:00',
    );
    expect(wallClockIn('UTC', new Date('2026-12-07T13:03:09Z'))).toBe('2026-12-07 13:03:09');
  });
});

describe('startOfDayIn', () => {
  it("gives the instant the bank's day begins", () => {
    expect(startOfDayIn('Asia/Shanghai', '2026-12-07').toISOString()).toBe(
      '2026-12-06T16:00:00.000Z',
    );
    expect(startOfDayIn('UTC', '2026-12-07').toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  it('follows a clock change: midnight before and after New York moves to summer time', () => {
    expect(startOfDayIn('America/New_York', '2026-03-08').toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(startOfDayIn('America/New_York', '2026-03-09').toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
  });
});
