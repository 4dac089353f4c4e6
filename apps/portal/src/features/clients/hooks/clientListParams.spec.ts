import { clientFilter, clientListQuery, parseClientListParams } from './clientListParams';

describe('clients list URL state', () => {
  it('defaults to the most valuable clients first, 20 per page, first page', () => {
    expect(parseClientListParams(new URLSearchParams(''))).toEqual({
      search: '',
      sort: 'VALUE_DESC',
      kind: undefined,
      productType: undefined,
      branchId: undefined,
      managerId: undefined,
      pageSize: 20,
      cursors: [],
    });
  });

  it('round-trips filters, sort, page size and the cursor stack', () => {
    const url =
      'q=Wang&sort=NAME_ASC&kind=CORPORATE&product=LOAN&branch=3&rm=17&size=50&after=c1&after=c2';
    const params = parseClientListParams(new URLSearchParams(url));
    expect(params.cursors).toEqual(['c1', 'c2']);
    expect(clientListQuery(params).toString()).toBe(url);
  });

  it('ignores values a hand-edited URL may carry', () => {
    const params = parseClientListParams(
      new URLSearchParams('sort=DROP&kind=alien&size=7&branch=-1&rm=x'),
    );
    expect(params).toMatchObject({
      sort: 'VALUE_DESC',
      kind: undefined,
      pageSize: 20,
      branchId: undefined,
      managerId: undefined,
    });
  });

  it('sends an empty search as no search', () => {
    expect(
      clientFilter(parseClientListParams(new URLSearchParams('q=%20%20'))).search,
    ).toBeUndefined();
  });
});
