import { parseRecordListParams, recordFilter, recordListQuery } from './recordListParams';

const YEAR = 2026;

describe('records grid URL state', () => {
  it('starts on the current year, 20 a page, no other filter', () => {
    const params = parseRecordListParams(new URLSearchParams(''), YEAR);
    expect(params).toEqual({
      branchId: undefined,
      managerId: undefined,
      type: undefined,
      year: YEAR,
      status: undefined,
      pageSize: 20,
      cursors: [],
    });
    expect(recordListQuery(params, YEAR).toString()).toBe('');
  });

  it('round-trips every filter, the page size and the cursor stack', () => {
    const query = new URLSearchParams(
      'branch=3&rm=17&type=ONLINE&year=2025&status=VOIDED&size=50&after=a&after=b',
    );
    const params = parseRecordListParams(query, YEAR);
    expect(recordFilter(params)).toEqual({
      branchId: 3,
      managerId: 17,
      type: 'ONLINE',
      year: 2025,
      status: 'VOIDED',
    });
    expect(recordListQuery(params, YEAR).toString()).toBe(query.toString());
  });

  it('keeps "every year" distinct from "this year" and ignores values it does not know', () => {
    const params = parseRecordListParams(
      new URLSearchParams('year=all&type=SKIING&status=gone&size=7'),
      YEAR,
    );
    expect(params.year).toBeUndefined();
    expect(params.type).toBeUndefined();
    expect(params.status).toBeUndefined();
    expect(params.pageSize).toBe(20);
    expect(recordListQuery(params, YEAR).toString()).toBe('year=all');
  });
});
