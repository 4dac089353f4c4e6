import { FIXTURE_PASSWORD, startTestApi, type TestApi } from './support/test-api';
import { sign } from 'jsonwebtoken';

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role branch { code } manager { employeeNo } } } }`;
const ME = `{ me { username role displayName branch { code region { code } } } }`;

describe('signing in', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('signs an RM in with a bearer token and an httpOnly session cookie', async () => {
    const result = await api.graphql(LOGIN, { u: 'rm1', p: FIXTURE_PASSWORD });
    expect(result.errors).toBeUndefined();
    expect(result.data!.login.user).toEqual({
      username: 'rm1',
      role: 'RM',
      branch: { code: 'B001' },
      manager: { employeeNo: 'E001' },
    });
    const cookie = String(result.headers['set-cookie']);
    expect(cookie).toMatch(/corebook_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const viaToken = await api.graphql(ME, {}, { token: result.data!.login.token });
    expect(viaToken.data!.me).toMatchObject({
      username: 'rm1',
      role: 'RM',
      branch: { code: 'B001', region: { code: 'EAST' } },
    });
    const viaCookie = await api.graphql(ME, {}, { cookie: cookie.split(';')[0] });
    expect(viaCookie.data!.me.username).toBe('rm1');
  });

  it('accepts the username in any letter case', async () => {
    const result = await api.graphql(LOGIN, { u: 'HEAD1', p: FIXTURE_PASSWORD });
    expect(result.data!.login.user.role).toBe('BRANCH_HEAD');
  });

  it('refuses a wrong password, an unknown user and a disabled account with coded reasons', async () => {
    const wrong = await api.graphql(LOGIN, { u: 'rm2', p: 'not-the-password-1' });
    expect(wrong.data).toBeNull();
    expect(wrong.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
    const unknown = await api.graphql(LOGIN, { u: 'nobody', p: FIXTURE_PASSWORD });
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
    const disabled = await api.graphql(LOGIN, { u: 'retired', p: FIXTURE_PASSWORD });
    expect(disabled.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'ACCOUNT_DISABLED',
    });
  });

  it('locks an account for 15 minutes after 5 wrong passwords, even for the right password', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      const result = await api.graphql(LOGIN, { u: 'rm3', p: `wrong-password-${attempt}` });
      expect(result.errors![0].extensions.reason).toBe('INVALID_CREDENTIALS');
    }
    const fifth = await api.graphql(LOGIN, { u: 'rm3', p: 'wrong-password-5' });
    expect(fifth.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'ACCOUNT_LOCKED',
    });
    const lockedUntil = new Date(String(fifth.errors![0].extensions.lockedUntil)).getTime();
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const right = await api.graphql(LOGIN, { u: 'rm3', p: FIXTURE_PASSWORD });
    expect(right.errors![0].extensions.reason).toBe('ACCOUNT_LOCKED');
  });

  it('tells a missing, expired, forged and revoked token apart', async () => {
    const missing = await api.graphql(ME);
    expect(missing.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_MISSING',
    });
    expect(missing.data).toBeNull();

    const forged = sign({ tv: 1 }, 'not-the-server-secret-but-long-enough-000', {
      subject: '1',
      issuer: 'corebook',
    });
    const forgedResult = await api.graphql(ME, {}, { token: forged });
    expect(forgedResult.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });

    const garbage = await api.graphql(ME, {}, { token: 'abc.def.ghi' });
    expect(garbage.errors![0].extensions.reason).toBe('TOKEN_INVALID');

    const token = await api.tokenFor('hr');
    const out = await api.graphql('mutation { logout }', {}, { token });
    expect(out.data).toEqual({ logout: true });
    const revoked = await api.graphql(ME, {}, { token });
    expect(revoked.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_REVOKED',
    });
  });

  it('says TOKEN_EXPIRED once a session has run out', async () => {
    const expiring = await startTestApi({ TOKEN_TTL_SECONDS: '1' });
    try {
      const token = await expiring.tokenFor('admin');
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const expired = await expiring.graphql(ME, {}, { token });
      expect(expired.errors![0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'TOKEN_EXPIRED',
      });
    } finally {
      await expiring.close();
    }
  });

  it('never shows a stack trace in an error', async () => {
    const result = await api.graphql('{ client(id: "101") { name } }');
    expect(JSON.stringify(result)).not.toMatch(/at .*\.(js|ts):\d+/);
  });
});
