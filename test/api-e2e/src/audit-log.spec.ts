import { wallClockIn } from '@corebook/domain';
import { BANK_TIME_ZONE } from '@corebook/server/common';
import { Workbook, type Worksheet } from 'exceljs';
import { startTestApi, type TestApi } from './support/test-api';

// Issue 16, defect 10: the audit log is searched by choices in words, not by internal
// names, and exported to Excel in the reader's language with times where the bank is.
const CHOICES = '{ auditChoices { operations entityTypes } }';
const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

describe('searching and exporting the audit log', () => {
  let api: TestApi;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApi();
    await api.graphql(LOGIN, { u: 'head2', p: 'wrong-password-9' });
    const rm = await api.tokenFor('rm1');
    await api.graphql('{ auditLog { edges { node { id } } } }', {}, { token: rm });
    admin = await api.tokenFor('admin');
    await api.flushAudit();
  });
  afterAll(() => api.close());

  const download = (query: string, headers: Record<string, string> = {}) =>
    api.app.inject({ method: 'GET', url: `/audit/entries.xlsx${query}`, headers });

  async function sheetOf(query: string, headers: Record<string, string> = {}): Promise<Worksheet> {
    const response = await download(query, { authorization: `Bearer ${admin}`, ...headers });
    expect(response.statusCode).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return workbook.worksheets[0];
  }

  const rowsOf = (sheet: Worksheet) => sheet.getSheetValues().slice(2) as unknown[][];
  /** A row's operation and outcome, as the sheet words them. */
  const named = (row: unknown[]) =>
    [row[3], row[6]].map((cell) => String(cell as string)).join(' ');

  it('offers each operation and object type the log holds, once and sorted', async () => {
    const { auditChoices } = (await api.graphql(CHOICES, {}, { token: admin })).data!;
    // Sign-ins (OK and refused) and the RM's refused look at the log.
    expect(auditChoices.operations).toEqual(expect.arrayContaining(['auditLog', 'login']));
    expect(auditChoices.entityTypes).toEqual(expect.arrayContaining(['GraphQL', 'User']));
    for (const names of [auditChoices.operations, auditChoices.entityTypes]) {
      expect(new Set(names).size).toBe(names.length);
      expect([...names].sort()).toEqual(names);
    }
  });

  it('refuses the choices to everyone but admin', async () => {
    for (const user of ['rm1', 'head1', 'hr']) {
      const refused = await api.graphql(CHOICES, {}, { token: await api.tokenFor(user) });
      expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it("tells the portal the bank's time zone", async () => {
    const me = await api.graphql('{ me { timeZone } }', {}, { token: admin });
    expect(me.data!.me.timeZone).toBe(BANK_TIME_ZONE);
  });

  it('exports the filtered log in Chinese: headers, operations, objects and outcomes in words', async () => {
    const sheet = await sheetOf('?operation=login&outcome=REFUSED&lang=zh-CN');
    expect(sheet.name).toBe('审计日志');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      `时间（${BANK_TIME_ZONE}）`,
      '用户',
      '操作',
      '对象类型',
      '对象编号',
      '结果',
      '详情',
      '请求编号',
      '变更前',
      '变更后',
    ]);
    const rows = rowsOf(sheet);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.slice(2, 7))).toContainEqual([
      'head2',
      '登录',
      '用户账户',
      '4',
      '拒绝',
    ]);
    expect(new Set(rows.map(named))).toEqual(new Set(['登录 拒绝']));
    // The API's own details are worded in Chinese too; the English text stays in the log.
    const head2 = rows.find((row) => row[2] === 'head2')!;
    expect(head2[7]).toMatch(/^密码错误（用户名“head2”，地址 [\d.:a-f]+）$/);
    const { data } = await api.graphql(
      `{ auditLog(filter: { operation: "login", actorUsername: "head2" }) { edges { node { detail detailCode detailParams } } } }`,
      {},
      { token: admin },
    );
    expect(data!.auditLog.edges[0].node).toMatchObject({
      detail: expect.stringMatching(/^wrong password \(username "head2", ip /),
      detailCode: 'SIGN_IN_WRONG_PASSWORD',
      detailParams: { username: 'head2' },
    });
  });

  it('writes the time as an Excel date-time, read where the bank is', async () => {
    const log = await api.graphql(
      '{ auditLog(filter: { operation: "auditLog", outcome: REFUSED }, first: 1) { edges { node { at } } } }',
      {},
      { token: admin },
    );
    const at = new Date(log.data!.auditLog.edges[0].node.at);
    const cell = (await sheetOf('?operation=auditLog&outcome=REFUSED')).getRow(2).getCell(1);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    // Excel's date-times have no zone: the cell holds the bank's wall clock.
    const seconds = Math.round((cell.value as Date).getTime() / 1000) * 1000;
    expect(new Date(seconds).toISOString().slice(0, 19)).toBe(
      wallClockIn(BANK_TIME_ZONE, at).replace(' ', 'T'),
    );
  });

  it("speaks the caller's browser language when the portal does not say, else English", async () => {
    const chinese = await sheetOf('?operation=login', { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(chinese.getRow(1).getCell(3).value).toBe('操作');
    const english = await sheetOf('?operation=login&outcome=OK');
    expect(english.getRow(1).getCell(1).value).toBe(`Time (${BANK_TIME_ZONE})`);
    expect(new Set(rowsOf(english).map(named))).toEqual(new Set(['Sign in OK']));
  });

  it('keeps to the period asked for', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(rowsOf(await sheetOf(`?from=${future}`))).toEqual([]);
  });

  it('refuses the export to anyone not signed in or not admin', async () => {
    const anonymous = await download('');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const user of ['rm1', 'hr']) {
      const refused = await download('', { authorization: `Bearer ${await api.tokenFor(user)}` });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('answers a bad filter as bad input naming it, never as a failure', async () => {
    for (const [query, field] of [
      ['?outcome=MAYBE', 'outcome'],
      ['?from=yesterday', 'from'],
      ['?to=2026-02-30T00:00:00Z', 'to'],
      [`?operation=${'x'.repeat(201)}`, 'operation'],
      ['?entityId=1&entityId=2', 'entityId'],
      ['?lang=fr', 'lang'],
    ]) {
      const bad = await download(query, { authorization: `Bearer ${admin}` });
      expect({
        query,
        status: bad.statusCode,
        extensions: bad.json().errors[0].extensions,
      }).toEqual({ query, status: 400, extensions: { code: 'BAD_USER_INPUT', field } });
    }
  });
});
