import { createApp } from '@corebook/server/app';
import { AuditService } from '@corebook/server/audit';
import { loadConfig, type Clock } from '@corebook/server/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { DEMO_BANK, DEMO_PASSWORD } from '@corebook/server/seed';
import {
  FIXTURE_PASSWORD,
  createTestDatabase,
  loadFixtureBank,
  type TestDatabase,
} from '@corebook/server/testing';

export interface GraphqlResult<T = Record<string, any>> {
  data: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; [key: string]: unknown };
  }[];
  headers: Record<string, string | string[] | undefined>;
}

export interface TestApi {
  app: NestFastifyApplication;
  database: TestDatabase;
  /** The API's clock (session expiry, throttling): still from the start, moved by `advance`. */
  clock: Clock & { advance(ms: number): void };
  /** Waits for the audit entries written after their responses. */
  flushAudit(): Promise<void>;
  /** POST a GraphQL operation, as a bearer token or a raw cookie header. */
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string; ip?: string },
  ): Promise<GraphqlResult<T>>;
  /** Sign in as a fixture user and return the bearer token. */
  tokenFor(username: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real API on a fresh database holding the fixture bank (or, with `bank: 'demo'`, the
 * seeded demo bank), driven without a network.
 */
export async function startTestApi(
  env: Record<string, string> = {},
  bank: 'fixture' | 'demo' = 'fixture',
): Promise<TestApi> {
  const database = await createTestDatabase(bank === 'demo' ? DEMO_BANK : undefined);
  if (bank === 'fixture') await loadFixtureBank(database.url);
  const password = bank === 'demo' ? DEMO_PASSWORD : FIXTURE_PASSWORD;
  const config = loadConfig({
    DATABASE_URL: database.url,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'corebook-api-')),
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    // Suites prepare ranking inputs only when they ask to (ranking.spec).
    RANKING_PREPARE_SECONDS: '0',
    ...env,
  });
  // Stands still unless a test moves it, so what depends on time (throttling, expiry) does
  // not depend on how fast a busy machine runs the test.
  let now = Date.now();
  const clock = {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
  const app = await createApp(
    config,
    pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    clock,
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  const graphql = async <T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    auth: { token?: string; cookie?: string; ip?: string } = {},
  ): Promise<GraphqlResult<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers,
      remoteAddress: auth.ip,
      payload: JSON.stringify({ query, variables }),
    });
    return {
      ...response.json<Omit<GraphqlResult<T>, 'headers'>>(),
      headers: response.headers as GraphqlResult['headers'],
    };
  };

  return {
    app,
    database,
    clock,
    flushAudit: () => app.get(AuditService).flush(),
    graphql,
    async tokenFor(username) {
      const result = await graphql<{ login: { token: string } }>(
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      if (!result.data)
        throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export { FIXTURE, FIXTURE_PASSWORD } from '@corebook/server/testing';
