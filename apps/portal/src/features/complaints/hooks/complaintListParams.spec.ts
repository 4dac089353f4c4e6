import {
  complaintFilter,
  complaintListQuery,
  parseComplaintListParams,
} from './complaintListParams';

const parse = (query: string) => parseComplaintListParams(new URLSearchParams(query));

describe('the complaints list in the URL', () => {
  it('starts on the open complaints, twenty a page', () => {
    const params = parse('');
    expect(params).toEqual({ status: 'OPEN', mine: false, pageSize: 20, cursors: [] });
    expect(complaintFilter(params)).toEqual({ open: true });
    expect(complaintListQuery(params).toString()).toBe('');
  });

  it('keeps the overdue ones the caller handles in one branch, received in a period', () => {
    const query = 'standing=OVERDUE&mine=1&branch=12&from=2026-10-01&to=2026-12-31&size=50';
    const params = parse(query);
    expect(complaintFilter(params)).toEqual({
      open: true,
      standing: 'OVERDUE',
      handledByMe: true,
      branchId: 12,
      receivedFrom: '2026-10-01',
      receivedTo: '2026-12-31',
    });
    expect(complaintListQuery(params).toString()).toBe(query);
  });

  it('asks for one status, or every complaint, instead of the open ones', () => {
    expect(complaintFilter(parse('status=DECIDED'))).toEqual({ status: 'DECIDED' });
    expect(complaintFilter(parse('status=ALL'))).toEqual({});
  });

  it('ignores what it does not know, as a hand-edited link may hold', () => {
    expect(parse('status=LOST&standing=LATE&branch=-3&from=2026-02-30&size=7&mine=yes')).toEqual(
      parse(''),
    );
  });
});
