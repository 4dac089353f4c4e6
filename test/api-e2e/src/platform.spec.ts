import { AnonymousRefusals } from '@corebook/server/app';
import { Client } from 'pg';
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
    expect(response.json().errors[0].extensions).toEqual({
      code: 'BAD_REQUEST',
      reason: 'MALFORMED_BODY',
    });
  });

  it.each([
    [
      'a mutation sent by GET',
      { method: 'GET', url: `/graphql?query=${encodeURIComponent('mutation { logout }')}` },
      405,
      'METHOD_NOT_ALLOWED',
    ],
    ['a query that is a number', { payload: JSON.stringify({ query: 42 }) }, 400, 'MALFORMED_BODY'],
    [
      'a query that is an object',
      { payload: JSON.stringify({ query: { me: 1 } }) },
      400,
      'MALFORMED_BODY',
    ],
    [
      'variables that are a string',
      { payload: JSON.stringify({ query: '{ me { id } }', variables: 'x' }) },
      400,
      'MALFORMED_BODY',
    ],
    [
      'an operation name that is a number',
      { payload: JSON.stringify({ query: '{ me { id } }', operationName: 7 }) },
      400,
      'MALFORMED_BODY',
    ],
    ['malformed JSON', { payload: '{"query": ' }, 400, 'MALFORMED_BODY'],
    ['a JSON string', { payload: '"{ me { id } }"' }, 400, 'MALFORMED_BODY'],
    ['an empty body', { payload: '' }, 400, 'MALFORMED_BODY'],
    [
      'a form',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'query=x' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'plain text',
      { headers: { 'content-type': 'text/plain' }, payload: '{ me { id } }' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a file body',
      { headers: { 'content-type': 'application/octet-stream' }, payload: 'x' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a body over the limit (3 MB)',
      {
        payload: JSON.stringify({
          query: '{ me { id } }',
          variables: { x: 'a'.repeat(3_000_000) },
        }),
      },
      413,
      'BODY_TOO_LARGE',
    ],
  ] as const)(
    'refuses %s with BAD_REQUEST and its HTTP status',
    async (_name, request, status, reason) => {
      const response = await api.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        ...request,
      });
      expect(response.statusCode).toBe(status);
      expect(response.json().errors[0].extensions).toEqual({ code: 'BAD_REQUEST', reason });
      const healthy = await api.graphql('{ __typename }');
      expect(healthy.data).toEqual({ __typename: 'Query' });
    },
  );

  it('counts calls refused for want of a token, a bounded number of audit entries a minute', async () => {
    const anonymous = (ip: string) =>
      api.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        remoteAddress: ip,
        payload: JSON.stringify({ query: '{ me { id } }' }),
      });
    await api.app.get(AnonymousRefusals).flush();
    for (let call = 0; call < 12; call++) await anonymous('192.0.2.10');
    for (let call = 0; call < 3; call++) await anonymous('192.0.2.11');
    // A flood from many addresses: each counted, the quiet ones in one line.
    for (let source = 0; source < 40; source++) await anonymous(`198.51.100.${source}`);
    await api.app.get(AnonymousRefusals).flush();
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ detail: string }>(
        `SELECT detail FROM audit_entries WHERE detail LIKE 'calls without a token%' ORDER BY id`,
      );
      expect(rows).toHaveLength(21);
      expect(rows[0].detail).toBe('calls without a token in the last minute: 12 from 192.0.2.10');
      expect(rows[1].detail).toBe('calls without a token in the last minute: 3 from 192.0.2.11');
      expect(rows[20].detail).toBe(
        'calls without a token in the last minute: 22 from other addresses',
      );
    } finally {
      await db.end();
    }
  });

  it('counts __typename against the alias limit', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `t${i}: __typename`).join(' ');
    const result = await api.graphql(`{ ${aliases} }`);
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
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

describe('introspection', () => {
  it('is off unless turned on for development, and never escapes the depth limit', async () => {
    const INTROSPECTION = '{ __schema { types { name } } }';
    const DEEP =
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }';
    const api = await startTestApi();
    try {
      const result = await api.graphql(INTROSPECTION, {}, { token: await api.tokenFor('admin') });
      expect(result.data).toBeNull();
      expect(result.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const ide = await api.app.inject({ method: 'GET', url: '/graphiql' });
      expect(ide.statusCode).toBe(404);
    } finally {
      await api.close();
    }
    const development = await startTestApi({ GRAPHQL_INTROSPECTION: 'true' });
    try {
      expect((await development.graphql(INTROSPECTION)).errors).toBeUndefined();
      const deep = await development.graphql(DEEP);
      expect(deep.data).toBeNull();
      expect(deep.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await development.close();
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
