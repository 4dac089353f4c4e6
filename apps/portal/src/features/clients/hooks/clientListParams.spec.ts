import {
  clientFilter,
  clientListQuery,
  clientsExportUrl,
  hasFilters,
  parseClientListParams,
} from './clientListParams';

describe('clients list URL state', () => {
  it('defaults to the most valuable clients first, 20 per page, first page', () => {
    expect(parseClientListParams(new URLSearchParams(''))).toEqual({
      search: '',
      sort: 'VALUE_DESC',
      kind: undefined,
      productType: undefined,
      branchId: undefined,
      managerId: undefined,
      inBranchPool: undefined,
      tier: undefined,
      core: undefined,
      lifecycleStage: undefined,
      openWarning: undefined,
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

  it('keeps the segment, warning and branch-pool filters in words', () => {
    const url = 'rm=pool&tier=GOLD&core=no&stage=DECLINE&warning=open';
    const params = parseClientListParams(new URLSearchParams(url));
    expect(params).toMatchObject({
      managerId: undefined,
      inBranchPool: true,
      tier: 'GOLD',
      core: false,
      lifecycleStage: 'DECLINE',
      openWarning: true,
    });
    expect(clientListQuery(params).toString()).toBe(url);
    expect(clientFilter(params)).toMatchObject({
      inBranchPool: true,
      tier: 'GOLD',
      core: false,
      lifecycleStage: 'DECLINE',
      openEarlyWarning: true,
    });
    expect(hasFilters(params)).toBe(true);
    expect(hasFilters(parseClientListParams(new URLSearchParams('sort=NAME_ASC')))).toBe(false);
    expect(hasFilters(parseClientListParams(new URLSearchParams('core=yes')))).toBe(true);
  });

  it('ignores values a hand-edited URL may carry', () => {
    const params = parseClientListParams(
      new URLSearchParams('sort=DROP&kind=alien&size=7&branch=-1&rm=x&tier=IRON&core=1&warning=x'),
    );
    expect(params).toMatchObject({
      inBranchPool: undefined,
      tier: undefined,
      core: undefined,
      openWarning: undefined,
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

  it('exports exactly the list on screen: its filters and order, in the page’s language', () => {
    const params = parseClientListParams(
      new URLSearchParams('q=Wang&tier=GOLD&core=yes&warning=open&rm=pool&sort=NAME_ASC&after=x'),
    );
    expect(clientsExportUrl(params, 'zh-CN')).toBe(
      '/clients/export.xlsx?search=Wang&inBranchPool=true&tier=GOLD&core=true&openEarlyWarning=true&sort=NAME_ASC&lang=zh-CN',
    );
  });
});
