import { auditExportUrl, auditFilter, auditLogQuery, parseAuditLogParams } from './auditLogParams';

describe('audit log URL state', () => {
  it('defaults to the whole log, 50 per page, first page', () => {
    expect(parseAuditLogParams(new URLSearchParams(''))).toEqual({
      operation: undefined,
      entityType: undefined,
      entityId: undefined,
      actorUsername: undefined,
      outcome: undefined,
      from: undefined,
      to: undefined,
      pageSize: 50,
      cursors: [],
    });
    expect(auditLogQuery(parseAuditLogParams(new URLSearchParams(''))).toString()).toBe('');
  });

  it('round-trips filters, page size and the cursor stack', () => {
    const url =
      'operation=login&entityType=User&entityId=4&user=head2&outcome=REFUSED&from=2026-12-01&to=2026-12-07&size=20&after=c1&after=c2';
    const params = parseAuditLogParams(new URLSearchParams(url));
    expect(params).toMatchObject({
      operation: 'login',
      actorUsername: 'head2',
      cursors: ['c1', 'c2'],
    });
    expect(auditLogQuery(params).toString()).toBe(url);
  });

  it('ignores values a hand-edited URL may carry', () => {
    expect(
      parseAuditLogParams(
        new URLSearchParams('outcome=MAYBE&from=2026-02-30&to=yesterday&size=7&operation=%20'),
      ),
    ).toMatchObject({
      outcome: undefined,
      from: undefined,
      to: undefined,
      pageSize: 50,
      operation: undefined,
    });
  });

  it('asks the API for whole days where the bank is, the last day included', () => {
    const params = parseAuditLogParams(new URLSearchParams('from=2026-12-07&to=2026-12-07'));
    expect(auditFilter(params, 'Asia/Shanghai')).toMatchObject({
      from: '2026-12-06T16:00:00.000Z',
      to: '2026-12-07T16:00:00.000Z',
    });
  });

  it('exports exactly the filters on screen, in the page’s language', () => {
    const params = parseAuditLogParams(
      new URLSearchParams('operation=login&outcome=REFUSED&from=2026-12-31&after=c1'),
    );
    expect(auditExportUrl(params, 'Asia/Shanghai', 'zh-CN')).toBe(
      '/audit/entries.xlsx?operation=login&outcome=REFUSED&from=2026-12-30T16%3A00%3A00.000Z&lang=zh-CN',
    );
  });
});
