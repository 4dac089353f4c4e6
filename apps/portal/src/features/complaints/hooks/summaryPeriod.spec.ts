import { parseSummaryParams, presetRange, summaryQuery } from './summaryPeriod';

describe('the period of a complaint summary', () => {
  it('runs this month and this quarter to today, last month whole', () => {
    expect(presetRange('THIS_MONTH', '2026-11-17')).toEqual({
      from: '2026-11-01',
      to: '2026-11-17',
    });
    expect(presetRange('THIS_QUARTER', '2026-11-17')).toEqual({
      from: '2026-10-01',
      to: '2026-11-17',
    });
    expect(presetRange('LAST_MONTH', '2026-03-05')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('crosses the year in January', () => {
    expect(presetRange('LAST_MONTH', '2027-01-10')).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(presetRange('THIS_QUARTER', '2027-01-10').from).toBe('2027-01-01');
  });

  it('keeps chosen days and the branch in the URL, and falls back to this month', () => {
    const custom = new URLSearchParams('from=2026-07-01&to=2026-09-30&branch=4');
    expect(parseSummaryParams(custom, '2026-11-17')).toEqual({
      period: 'CUSTOM',
      from: '2026-07-01',
      to: '2026-09-30',
      branchId: 4,
    });
    expect(summaryQuery(parseSummaryParams(custom, '2026-11-17')).toString()).toBe(
      custom.toString(),
    );
    const backwards = new URLSearchParams('from=2026-09-30&to=2026-07-01&period=NEVER');
    expect(parseSummaryParams(backwards, '2026-11-17')).toEqual({
      period: 'THIS_MONTH',
      from: '2026-11-01',
      to: '2026-11-17',
      branchId: undefined,
    });
  });
});
