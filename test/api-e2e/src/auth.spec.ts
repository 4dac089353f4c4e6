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

  it('makes a source that keeps guessing wait, without locking the owner out from elsewhere', async () => {
    const attacker = '203.0.113.7';
    const owner = '198.51.100.20';
    const refusal = async (username: string, password: string, ip: string) =>
      (await api.graphql(LOGIN, { u: username, p: password }, { ip })).errors?.[0]?.extensions;
    for (let attempt = 1; attempt <= 3; attempt++)
      expect(await refusal('rm3', `wrong-password-${attempt}`, attacker)).toMatchObject({
        reason: 'INVALID_CREDENTIALS',
      });
    // The fourth try from that source waits, even with the right password.
    const throttled = await refusal('rm3', FIXTURE_PASSWORD, attacker);
    expect(throttled).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(Number(throttled!.retryAfterSeconds)).toBeGreaterThan(0);
    // The owner, elsewhere, signs in at once: a stranger cannot lock an account.
    expect(await refusal('rm3', FIXTURE_PASSWORD, owner)).toBeUndefined();
    // A name that does not exist is answered exactly the same way, wait included.
    for (let attempt = 1; attempt <= 3; attempt++)
      expect(await refusal('no-such-user', `wrong-password-${attempt}`, attacker)).toMatchObject({
        reason: 'INVALID_CREDENTIALS',
      });
    expect(await refusal('no-such-user', FIXTURE_PASSWORD, attacker)).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: throttled!.retryAfterSeconds,
    });
    // Admin too: throttled for the guessing source only.
    for (let attempt = 1; attempt <= 4; attempt++)
      await refusal('ADMIN', `guess-${attempt}`, attacker);
    expect(await refusal('admin', FIXTURE_PASSWORD, attacker)).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    expect(await refusal('admin', FIXTURE_PASSWORD, owner)).toBeUndefined();
  });

  it('believes X-Forwarded-For only from a configured proxy', async () => {
    const proxied = await startTestApi({ TRUST_PROXY: '10.0.0.5' });
    const throughProxy = (forwardedFor: string, ip: string) =>
      proxied.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        remoteAddress: ip,
        payload: JSON.stringify({ query: LOGIN, variables: { u: 'rm1', p: 'wrong' } }),
      });
    try {
      // Guesses from one client behind the proxy count against that client...
      for (let attempt = 0; attempt < 3; attempt++) await throughProxy('192.0.2.1', '10.0.0.5');
      expect((await throughProxy('192.0.2.1', '10.0.0.5')).json().errors[0].extensions.code).toBe(
        'TOO_MANY_REQUESTS',
      );
      expect((await throughProxy('192.0.2.2', '10.0.0.5')).json().errors[0].extensions.reason).toBe(
        'INVALID_CREDENTIALS',
      );
      // ...while anyone else's X-Forwarded-For is ignored: their own address counts.
      for (let attempt = 0; attempt < 3; attempt++)
        await throughProxy(`192.0.2.${50 + attempt}`, '172.16.0.9');
      expect(
        (await throughProxy('192.0.2.99', '172.16.0.9')).json().errors[0].extensions.code,
      ).toBe('TOO_MANY_REQUESTS');
    } finally {
      await proxied.close();
    }
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
      expiring.clock.advance(2100);
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
