import { withDb } from './support/ranking-fixture';
import { FIXTURE, startTestApi, type TestApi } from './support/test-api';

const CLIENTS = `query ($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {
  clients(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name contribution12m manager { employeeNo } branch { code } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CLIENT = `query ($id: ID!) { client(id: $id) { id name aum riskRating products { productType balance } monthlyFacts { month contribution } } }`;

const names = (result: { data: any }) =>
  result.data.clients.edges.map((edge: any) => edge.node.name);

describe('who sees which clients', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'hr', 'head1', 'head2', 'rm1', 'rm2', 'rm3'])
      tokens[user] = await api.tokenFor(user);
  });
  afterAll(() => api.close());

  it('an RM sees exactly their own book, most valuable first', async () => {
    const result = await api.graphql(CLIENTS, {}, { token: tokens.rm1 });
    expect(result.errors).toBeUndefined();
    expect(names(result)).toEqual(['Wang Fang', 'Li Qiang Trading Co.']);
    expect(result.data!.clients.totalCount).toBe(2);
    expect(result.data!.clients.edges[0].node.contribution12m).toBe('120000.50');
  });

  it("an RM asking for another RM's client gets FORBIDDEN and no data, and the refusal is audited", async () => {
    const result = await api.graphql(CLIENT, { id: FIXTURE.clients.zhang }, { token: tokens.rm1 });
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(result)).not.toContain('Zhang');

    const otherBranch = await api.graphql(
      CLIENT,
      { id: FIXTURE.clients.chen },
      { token: tokens.rm1 },
    );
    expect(otherBranch.errors![0].extensions.code).toBe('FORBIDDEN');

    const filtered = await api.graphql(
      CLIENTS,
      { filter: { managerId: FIXTURE.managers.rm2 } },
      { token: tokens.rm1 },
    );
    expect(names(filtered)).toEqual([]);

    await api.flushAudit();
    const log = await api.graphql(
      `{ auditLog(filter: { outcome: REFUSED, actorUsername: "rm1" }) { edges { node { operation entityType detail } } } }`,
      {},
      { token: tokens.admin },
    );
    expect(log.data!.auditLog.edges.map((edge: any) => edge.node.operation)).toContain('client');
  });

  it('a client that does not exist is NOT_FOUND, whoever asks', async () => {
    for (const user of ['rm1', 'admin']) {
      const result = await api.graphql(CLIENT, { id: '999999' }, { token: tokens[user] });
      expect(result.errors![0].extensions.code).toBe('NOT_FOUND');
    }
    const junk = await api.graphql(CLIENT, { id: 'abc' }, { token: tokens.admin });
    expect(junk.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('an RM opens a client of their book with products and a 24-month trend', async () => {
    const result = await api.graphql(CLIENT, { id: FIXTURE.clients.wang }, { token: tokens.rm1 });
    expect(result.errors).toBeUndefined();
    const client = result.data!.client;
    expect(client).toMatchObject({ name: 'Wang Fang', aum: '5000000.00', riskRating: 'R2' });
    expect(client.products).toEqual([
      { productType: 'DEPOSIT', balance: '3000000.00' },
      { productType: 'WEALTH', balance: '2000000.00' },
    ]);
    expect(client.monthlyFacts).toHaveLength(24);
    expect(client.monthlyFacts[0]).toEqual({ month: '2024-11-01', contribution: '9500.00' });
    expect(client.monthlyFacts[23]).toEqual({ month: '2026-10-01', contribution: '11800.00' });
  });

  it('a branch head sees the whole branch, pool included, and nothing of other branches', async () => {
    const result = await api.graphql(CLIENTS, { sort: 'NAME_ASC' }, { token: tokens.head1 });
    expect(names(result)).toEqual(['Li Qiang Trading Co.', 'Wang Fang', 'Zhang Wei', 'Zhao Lei']);
    const pool = result.data!.clients.edges.find((edge: any) => edge.node.name === 'Zhao Lei');
    expect(pool.node.manager).toBeNull();
    const other = await api.graphql(CLIENT, { id: FIXTURE.clients.chen }, { token: tokens.head1 });
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    const otherFilter = await api.graphql(
      CLIENTS,
      { filter: { branchId: FIXTURE.branches.b2 } },
      { token: tokens.head1 },
    );
    expect(names(otherFilter)).toEqual([]);
  });

  it('HR sees no client data at all', async () => {
    const list = await api.graphql(CLIENTS, {}, { token: tokens.hr });
    expect(list.data).toBeNull();
    expect(list.errors![0].extensions.code).toBe('FORBIDDEN');
    const one = await api.graphql(CLIENT, { id: FIXTURE.clients.wang }, { token: tokens.hr });
    expect(one.data).toBeNull();
    expect(one.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('admin sees the whole bank and can filter by branch, RM, product and kind', async () => {
    const all = await api.graphql(CLIENTS, {}, { token: tokens.admin });
    expect(all.data!.clients.totalCount).toBe(5);
    const b2 = await api.graphql(
      CLIENTS,
      { filter: { branchId: FIXTURE.branches.b2 } },
      { token: tokens.admin },
    );
    expect(names(b2)).toEqual(['Chen Jing']);
    const loans = await api.graphql(
      CLIENTS,
      { filter: { productType: 'LOAN' } },
      { token: tokens.admin },
    );
    expect(names(loans)).toEqual(['Li Qiang Trading Co.']);
    const corporate = await api.graphql(
      CLIENTS,
      { filter: { kind: 'CORPORATE' } },
      { token: tokens.admin },
    );
    expect(names(corporate)).toEqual(['Li Qiang Trading Co.']);
    const byRm = await api.graphql(
      CLIENTS,
      { filter: { managerId: FIXTURE.managers.rm2 } },
      { token: tokens.admin },
    );
    expect(names(byRm)).toEqual(['Zhang Wei']);
  });

  it('searches by part of the name or the exact client number, treating % and _ literally', async () => {
    const byName = await api.graphql(
      CLIENTS,
      { filter: { search: 'wang' } },
      { token: tokens.head1 },
    );
    expect(names(byName)).toEqual(['Wang Fang']);
    const byNumber = await api.graphql(
      CLIENTS,
      { filter: { search: 'C0000103' } },
      { token: tokens.head1 },
    );
    expect(names(byNumber)).toEqual(['Zhang Wei']);
    const wildcard = await api.graphql(
      CLIENTS,
      { filter: { search: '%' } },
      { token: tokens.head1 },
    );
    expect(names(wildcard)).toEqual([]);
  });

  it('pages with cursors in every sort order without skipping or repeating a client', async () => {
    for (const sort of ['VALUE_DESC', 'VALUE_ASC', 'AUM_DESC', 'NAME_ASC', 'NAME_DESC']) {
      const full = names(await api.graphql(CLIENTS, { sort, first: 10 }, { token: tokens.admin }));
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await api.graphql(
          CLIENTS,
          { sort, first: 2, after },
          { token: tokens.admin },
        );
        paged.push(...names(page));
        if (!page.data.clients.pageInfo.hasNextPage) break;
        after = page.data.clients.pageInfo.endCursor;
      }
      expect(paged).toEqual(full);
      expect(full).toHaveLength(5);
    }
  });

  it('sorts Chinese names by pinyin, as bank staff expect (安, 上, 王, 于, 张), and pages through them', async () => {
    await withDb(api.database.url, (db) =>
      db.query(`
        INSERT INTO clients (id, client_no, name, kind, branch_id, opened_on, risk_rating) VALUES
          (901, 'C0000901', '于正', 'INDIVIDUAL', 2, '2020-01-01', 'R1'),
          (902, 'C0000902', '上海隆通建设工程有限公司', 'CORPORATE', 2, '2020-01-01', 'R2'),
          (903, 'C0000903', '张伟', 'INDIVIDUAL', 2, '2020-01-01', 'R1'),
          (904, 'C0000904', '安阳', 'INDIVIDUAL', 2, '2020-01-01', 'R1'),
          (905, 'C0000905', '王健', 'INDIVIDUAL', 2, '2020-01-01', 'R1')`),
    );
    try {
      const chinese = (list: string[]) => list.filter((name) => /\p{Script=Han}/u.test(name));
      const expected = ['安阳', '上海隆通建设工程有限公司', '王健', '于正', '张伟'];
      const sorted = await api.graphql(
        CLIENTS,
        { sort: 'NAME_ASC', first: 50 },
        { token: tokens.admin },
      );
      expect(chinese(names(sorted))).toEqual(expected);
      const reversed = await api.graphql(
        CLIENTS,
        { sort: 'NAME_DESC', first: 50 },
        { token: tokens.admin },
      );
      expect(chinese(names(reversed))).toEqual([...expected].reverse());
      // The cursor compares names the same way: pages of two give the same order.
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await api.graphql(
          CLIENTS,
          { sort: 'NAME_ASC', first: 2, after },
          { token: tokens.admin },
        );
        paged.push(...names(page));
        if (!page.data.clients.pageInfo.hasNextPage) break;
        after = page.data.clients.pageInfo.endCursor;
      }
      expect(chinese(paged)).toEqual(expected);
    } finally {
      await withDb(api.database.url, (db) =>
        db.query(`DELETE FROM clients WHERE id BETWEEN 901 AND 905`),
      );
    }
  });

  it('refuses bad paging input with BAD_USER_INPUT naming the field', async () => {
    const tooMany = await api.graphql(CLIENTS, { first: 1000 }, { token: tokens.admin });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badCursor = await api.graphql(
      CLIENTS,
      { after: 'not-a-cursor' },
      { token: tokens.admin },
    );
    expect(badCursor.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const badMonths = await api.graphql(
      `query ($id: ID!) { client(id: $id) { monthlyFacts(months: 0) { month } } }`,
      { id: FIXTURE.clients.wang },
      { token: tokens.admin },
    );
    expect(badMonths.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'months',
    });
  });

  it('needs a signed-in caller for client data', async () => {
    const result = await api.graphql(CLIENTS);
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_MISSING',
    });
  });
});
