import { FIXTURE_PASSWORD, startTestApi, type TestApi } from './support/test-api';

const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token user { username } } }`;
const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

describe('own account', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('changes the password: the old one and older sessions stop working, and it is audited', async () => {
    const oldToken = await api.tokenFor('rm2');
    const changed = await api.graphql(
      CHANGE,
      { c: FIXTURE_PASSWORD, n: 'Brand-new-pass-77' },
      { token: oldToken },
    );
    expect(changed.errors).toBeUndefined();
    const newToken = changed.data!.changePassword.token;

    expect(
      (await api.graphql('{ me { username } }', {}, { token: oldToken })).errors![0].extensions
        .reason,
    ).toBe('TOKEN_REVOKED');
    expect(
      (await api.graphql('{ me { username } }', {}, { token: newToken })).data!.me.username,
    ).toBe('rm2');
    expect(
      (await api.graphql(LOGIN, { u: 'rm2', p: FIXTURE_PASSWORD })).errors![0].extensions.reason,
    ).toBe('INVALID_CREDENTIALS');
    expect((await api.graphql(LOGIN, { u: 'rm2', p: 'Brand-new-pass-77' })).errors).toBeUndefined();

    const admin = await api.tokenFor('admin');
    const log = await api.graphql(
      `{ auditLog(filter: { operation: "changePassword" }) { edges { node { actorUsername entityType after } } } }`,
      {},
      { token: admin },
    );
    expect(log.data!.auditLog.edges[0].node).toEqual({
      actorUsername: 'rm2',
      entityType: 'User',
      after: { passwordChanged: true },
    });
    expect(JSON.stringify(log)).not.toContain('Brand-new-pass-77');
  });

  it('refuses a wrong current password or a weak new one, naming the field', async () => {
    const token = await api.tokenFor('rm1');
    const wrong = await api.graphql(
      CHANGE,
      { c: 'not-my-password-1', n: 'Another-pass-2026' },
      { token },
    );
    expect(wrong.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    for (const weak of ['short1', 'onlyletterslong', 'rm1-is-my-name-2026']) {
      const result = await api.graphql(CHANGE, { c: FIXTURE_PASSWORD, n: weak }, { token });
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'newPassword',
      });
    }
  });

  it('remembers the portal language and refuses an unknown one', async () => {
    const token = await api.tokenFor('head1');
    const set = await api.graphql(
      `mutation { setMyLocale(locale: "zh-CN") { locale } }`,
      {},
      { token },
    );
    expect(set.data!.setMyLocale.locale).toBe('zh-CN');
    expect((await api.graphql('{ me { locale } }', {}, { token })).data!.me.locale).toBe('zh-CN');
    const bad = await api.graphql(
      `mutation { setMyLocale(locale: "fr") { locale } }`,
      {},
      { token },
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
  });
});

describe('organisation and audit access', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('lists branches and RMs within scope', async () => {
    const rm = await api.tokenFor('rm1');
    expect((await api.graphql('{ branches { code } }', {}, { token: rm })).data!.branches).toEqual([
      { code: 'B001' },
    ]);
    expect(
      (await api.graphql('{ relationshipManagers { employeeNo } }', {}, { token: rm })).data!
        .relationshipManagers,
    ).toEqual([{ employeeNo: 'E001' }]);
    const head = await api.tokenFor('head1');
    const own = await api.graphql('{ relationshipManagers { employeeNo } }', {}, { token: head });
    expect(own.data!.relationshipManagers.map((m: any) => m.employeeNo).sort()).toEqual([
      'E001',
      'E002',
    ]);
    const other = await api.graphql(
      '{ relationshipManagers(branchId: 2) { employeeNo } }',
      {},
      { token: head },
    );
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    const hr = await api.tokenFor('hr');
    const all = await api.graphql(
      '{ branches { code } relationshipManagers { employeeNo } }',
      {},
      { token: hr },
    );
    expect(all.data!.branches).toHaveLength(2);
    expect(all.data!.relationshipManagers).toHaveLength(3);
  });

  it('shows the audit log to admin only, with sign-ins and refusals in it', async () => {
    await api.graphql(LOGIN, { u: 'head2', p: 'wrong-password-9' });
    for (const user of ['rm1', 'head1', 'hr']) {
      const token = await api.tokenFor(user);
      const refused = await api.graphql('{ auditLog { edges { node { id } } } }', {}, { token });
      expect(refused.data).toBeNull();
      expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    const admin = await api.tokenFor('admin');
    const logins = await api.graphql(
      `{ auditLog(filter: { operation: "login" }, first: 100) { edges { node { actorUsername outcome detail requestId } } } }`,
      {},
      { token: admin },
    );
    const entries = logins.data!.auditLog.edges.map((edge: any) => edge.node);
    expect(entries.some((e: any) => e.actorUsername === 'head2' && e.outcome === 'REFUSED')).toBe(
      true,
    );
    expect(
      entries.some((e: any) => e.actorUsername === 'admin' && e.outcome === 'OK' && e.requestId),
    ).toBe(true);
    await api.flushAudit();
    const refusals = await api.graphql(
      `{ auditLog(filter: { outcome: REFUSED, operation: "auditLog" }) { edges { node { actorUsername } } } }`,
      {},
      { token: admin },
    );
    expect(
      refusals.data!.auditLog.edges.map((edge: any) => edge.node.actorUsername).sort(),
    ).toEqual(['head1', 'hr', 'rm1']);
  });

  it('pages the audit log newest first', async () => {
    const admin = await api.tokenFor('admin');
    const first = await api.graphql(
      `{ auditLog(first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      {},
      { token: admin },
    );
    const ids = first.data!.auditLog.edges.map((edge: any) => Number(edge.node.id));
    expect(ids[0]).toBeGreaterThan(ids[1]);
    const next = await api.graphql(
      `query ($a: String) { auditLog(first: 2, after: $a) { edges { node { id } } } }`,
      { a: first.data!.auditLog.pageInfo.endCursor },
      { token: admin },
    );
    expect(Number(next.data!.auditLog.edges[0].node.id)).toBeLessThan(ids[1]);
  });

  it('keeps the audit log append-only in the database itself', async () => {
    const { Client } = await import('pg');
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    try {
      await expect(db.query('DELETE FROM audit_entries')).rejects.toThrow(/append-only/);
      await expect(db.query(`UPDATE audit_entries SET detail = 'x'`)).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await db.end();
    }
  });
});
