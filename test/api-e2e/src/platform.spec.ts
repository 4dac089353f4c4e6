import { FIXTURE_PASSWORD, startTestApi, type TestApi } from './support/test-api';

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

describe('health, GraphQL hygiene and rate limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers liveness and readiness, with a request id on every response', async () => {
    const live = await api.app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    const ready = await api.app.inject({
      method: 'GET',
      url: '/health/ready',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(ready.json()).toEqual({ status: 'ok', database: 'up' });
    expect(ready.headers['x-request-id']).toBe('trace-123');
    const generated = await api.app.inject({ method: 'GET', url: '/health/live' });
    expect(String(generated.headers['x-request-id'])).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses queries with too many aliases', async () => {
    const token = await api.tokenFor('admin');
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const tooManyAliases = await api.graphql(`{ ${aliases} }`, {}, { token });
    expect(tooManyAliases.data).toBeNull();
    expect(tooManyAliases.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a batch of queries in one request', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hides field suggestions from callers who are not signed in', async () => {
    const anonymous = await api.graphql('{ clientz { id } }');
    expect(anonymous.errors![0].message).not.toMatch(/Did you mean/);
    expect(anonymous.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const token = await api.tokenFor('admin');
    const signedIn = await api.graphql('{ clientz { id } }', {}, { token });
    expect(signedIn.errors![0].message).toMatch(/Did you mean "client/);
  });

  it('reports bad input types as BAD_USER_INPUT naming the variable', async () => {
    const token = await api.tokenFor('admin');
    const result = await api.graphql(
      'query ($first: Int) { clients(first: $first) { totalCount } }',
      { first: 'ten' },
      { token },
    );
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('query depth limit', () => {
  it('refuses a selection deeper than the limit', async () => {
    const api = await startTestApi({ GRAPHQL_MAX_DEPTH: '5' });
    try {
      const token = await api.tokenFor('admin');
      const shallow = await api.graphql(
        `{ clients { edges { node { branch { code } } } } }`,
        {},
        { token },
      );
      expect(shallow.errors).toBeUndefined();
      const deep = await api.graphql(
        `{ clients { edges { node { manager { branch { region { code } } } } } } }`,
        {},
        { token },
      );
      expect(deep.data).toBeNull();
      expect(deep.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await api.close();
    }
  });
});

describe('production mode', () => {
  it('turns introspection off', async () => {
    const api = await startTestApi({ NODE_ENV: 'production' });
    try {
      const result = await api.graphql('{ __schema { types { name } } }');
      expect(result.data).toBeNull();
      expect(result.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const ide = await api.app.inject({ method: 'GET', url: '/graphiql' });
      expect(ide.statusCode).toBe(404);
    } finally {
      await api.close();
    }
  });
});

describe('sign-in rate limit', () => {
  it('refuses more than the allowed attempts per minute from one address with TOO_MANY_REQUESTS', async () => {
    const api = await startTestApi({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      for (let i = 0; i < 3; i++) {
        const ok = await api.graphql(
          LOGIN,
          { u: 'admin', p: FIXTURE_PASSWORD },
          { ip: '10.1.1.1' },
        );
        expect(ok.errors).toBeUndefined();
      }
      const limited = await api.graphql(
        LOGIN,
        { u: 'admin', p: FIXTURE_PASSWORD },
        { ip: '10.1.1.1' },
      );
      expect(limited.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(limited.errors![0].extensions.retryAfterSeconds)).toBeGreaterThan(0);
      const otherAddress = await api.graphql(
        LOGIN,
        { u: 'admin', p: FIXTURE_PASSWORD },
        { ip: '10.1.1.2' },
      );
      expect(otherAddress.errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});
