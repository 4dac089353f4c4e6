import { Workbook, type Worksheet } from 'exceljs';
import { rankFixture } from './support/ranking-fixture';
import { FIXTURE, startTestApi, type TestApi } from './support/test-api';

// Issue 16, also expected: the filtered client list exports to Excel, within the caller's
// scope, in the caller's language.
const { wang, li, zhang, chen, zhao } = FIXTURE.clients;

describe('exporting the client list', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'hr', 'head1', 'rm1']) tokens[user] = await api.tokenFor(user);
    await rankFixture(api.database.url, {
      [wang]: { core: true, tier: 'PLATINUM', value: '120000.50' },
      [li]: { core: true, tier: 'GOLD', value: '98000.00' },
      [zhang]: { core: false, tier: 'BRONZE', value: '5400.25' },
      [chen]: { core: true, tier: 'GOLD', value: '64000.00' },
    });
  });
  afterAll(() => api.close());

  const download = (user: string | null, query: string) =>
    api.app.inject({
      method: 'GET',
      url: `/clients/export.xlsx${query}`,
      headers: user ? { authorization: `Bearer ${tokens[user]}` } : {},
    });

  async function sheetOf(user: string, query: string): Promise<Worksheet> {
    const response = await download(user, query);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/clients-\d{4}-\d{2}-\d{2}\.xlsx/);
    const workbook = new Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return workbook.worksheets[0];
  }
  const rowsOf = (sheet: Worksheet) => sheet.getSheetValues().slice(2) as unknown[][];
  /** The client numbers of the rows, in order. */
  const numbers = (sheet: Worksheet) => rowsOf(sheet).map((row) => row[1]);
  const clientNo = async (id: string) => {
    const { data } = await api.graphql(
      'query ($id: ID!) { client(id: $id) { clientNo } }',
      { id },
      { token: tokens.admin },
    );
    return data!.client.clientNo as string;
  };

  it('holds exactly the filtered clients of the scope, in the order on screen, in Chinese', async () => {
    const sheet = await sheetOf('head1', '?core=true&sort=NAME_ASC&lang=zh-CN');
    expect(sheet.name).toBe('客户');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 8)).toEqual([
      '客户号',
      '客户名称',
      '类型',
      '支行',
      '客户经理工号',
      '客户经理',
      '价值层级',
    ]);
    // Branch 1's core clients only: Chen Jing is core but in branch 2.
    const { data } = await api.graphql(
      `{ clients(filter: { core: true }, sort: NAME_ASC, first: 50) { edges { node { clientNo } } } }`,
      {},
      { token: tokens.head1 },
    );
    expect(numbers(sheet)).toEqual(data!.clients.edges.map((edge: any) => edge.node.clientNo));
    expect(numbers(sheet).sort()).toEqual([await clientNo(wang), await clientNo(li)].sort());
    const wangNo = await clientNo(wang);
    const wangRow = rowsOf(sheet).find((row) => row[1] === wangNo)!;
    expect(wangRow.slice(7, 9)).toEqual(['白金', '是']);
    expect(rowsOf(sheet).flat()).not.toContain('PLATINUM');
  });

  it('says the tier and stage in words and money as numbers, in English by default', async () => {
    const sheet = await sheetOf('admin', '?tier=GOLD');
    const rows = rowsOf(sheet);
    expect(numbers(sheet).sort()).toEqual([await clientNo(li), await clientNo(chen)].sort());
    for (const row of rows) {
      expect(row[7]).toBe('Gold');
      expect(typeof row[10]).toBe('number');
    }
  });

  it('keeps an RM to their book and refuses HR and anyone not signed in', async () => {
    const sheet = await sheetOf('rm1', '');
    const { data } = await api.graphql(
      `{ clients(first: 50) { totalCount } }`,
      {},
      { token: tokens.rm1 },
    );
    expect(rowsOf(sheet)).toHaveLength(data!.clients.totalCount);
    expect(numbers(sheet)).not.toContain(await clientNo(zhao));
    expect((await download('hr', '')).statusCode).toBe(403);
    expect((await download(null, '')).statusCode).toBe(401);
  });

  it('answers a bad filter as bad input naming it, never as a failure', async () => {
    for (const [query, field] of [
      ['?tier=DIAMOND', 'tier'],
      ['?core=maybe', 'core'],
      ['?branchId=x', 'branchId'],
      ['?sort=RANDOM', 'sort'],
      ['?lang=fr', 'lang'],
    ]) {
      const response = await download('admin', query);
      expect({ query, status: response.statusCode }).toEqual({ query, status: 400 });
      expect(response.json().errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    // A branch head asking for another branch gets what the list shows: none of its clients.
    expect(rowsOf(await sheetOf('head1', '?branchId=2'))).toEqual([]);
  });
});
