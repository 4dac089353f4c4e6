import { periodDays, periodFromQuery, periodQuery } from './coveragePeriod';

describe('coverage periods', () => {
  it('runs this month and this quarter up to today', () => {
    expect(periodDays('thisMonth', '2026-05-17')).toEqual({
      kind: 'thisMonth',
      from: '2026-05-01',
      to: '2026-05-17',
    });
    expect(periodDays('thisQuarter', '2026-05-17')).toMatchObject({
      from: '2026-04-01',
      to: '2026-05-17',
    });
    expect(periodDays('thisQuarter', '2026-12-31')).toMatchObject({ from: '2026-10-01' });
  });

  it('takes last month whole, across a year and a leap February', () => {
    expect(periodDays('lastMonth', '2026-01-09')).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(periodDays('lastMonth', '2028-03-01')).toMatchObject({
      from: '2028-02-01',
      to: '2028-02-29',
    });
  });

  it('reads the period from the URL and writes it back', () => {
    const today = '2026-05-17';
    const custom = periodFromQuery(
      new URLSearchParams('period=custom&from=2026-02-01&to=2026-03-15'),
      today,
    );
    expect(custom).toEqual({ kind: 'custom', from: '2026-02-01', to: '2026-03-15' });
    expect(periodQuery(custom)).toEqual({ period: 'custom', from: '2026-02-01', to: '2026-03-15' });
    expect(periodFromQuery(new URLSearchParams('period=lastMonth'), today)).toMatchObject({
      from: '2026-04-01',
      to: '2026-04-30',
    });
    expect(periodQuery(periodDays('thisMonth', today))).toEqual({});
  });

  it('falls back to this month for a range that is backwards, not a date, or not begun', () => {
    for (const query of [
      'period=custom&from=2026-03-15&to=2026-02-01',
      'period=custom&from=2026-02-30x&to=2026-03-01',
      'period=custom&from=2026-06-01&to=2026-06-30',
      'period=someday',
    ])
      expect(periodFromQuery(new URLSearchParams(query), '2026-05-17').kind).toBe('thisMonth');
  });
});
