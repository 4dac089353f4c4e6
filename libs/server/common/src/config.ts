import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Runtime settings, read once from the environment with safe defaults. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  /** Where the embedded database and generated secrets live (git-ignored). */
  readonly dataDir: string;
  /** Unset means: start an embedded PostgreSQL in dataDir. */
  readonly databaseUrl: string | undefined;
  readonly logLevel: string;
  readonly jwtSecret: string;
  readonly tokenTtlSeconds: number;
  readonly cookieSecure: boolean;
  /** Sign-in attempts allowed per client address per minute. */
  readonly loginRateLimitPerMinute: number;
  /** Deepest GraphQL selection accepted (introspection included). */
  readonly graphqlMaxDepth: number;
  /** Schema introspection and the GraphiQL IDE, for development only (GRAPHQL_INTROSPECTION=true). */
  readonly introspection: boolean;
  /**
   * The proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, TRUST_PROXY);
   * empty: the connecting address is the caller's, whatever headers say.
   */
  readonly trustProxy: readonly string[];
  /** Built portal to serve on the API's port; unset serves none. */
  readonly portalDir: string | undefined;
  /**
   * How often (seconds) the API checks whether the latest month's ranking inputs need
   * preparing after a load (decision 30); 0 turns the check off.
   */
  readonly rankingPrepareSeconds: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  }
  return value;
}

function wholeNumber(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number, 0 or more, got "${raw}"`);
  }
  return value;
}

function flag(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

const PROXY = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)(\/\d{1,3})?$/i;

function proxies(raw: string | undefined): string[] {
  const list = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = list.find((entry) => !PROXY.test(entry));
  if (bad) throw new Error(`TRUST_PROXY must list IP addresses or CIDR ranges, got "${bad}"`);
  return list;
}

/** A JWT secret given in the environment wins; otherwise one is generated once and kept with the data. */
function jwtSecretFor(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
    return fromEnv;
  }
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.DATA_DIR ?? '.data');
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const production = env.NODE_ENV === 'production';
  return {
    port: positiveInt('PORT', env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    production,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel,
    jwtSecret: jwtSecretFor(dataDir, env.JWT_SECRET),
    tokenTtlSeconds: positiveInt('TOKEN_TTL_SECONDS', env.TOKEN_TTL_SECONDS, 8 * 3600),
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : production,
    loginRateLimitPerMinute: positiveInt(
      'LOGIN_RATE_LIMIT_PER_MINUTE',
      env.LOGIN_RATE_LIMIT_PER_MINUTE,
      30,
    ),
    graphqlMaxDepth: positiveInt('GRAPHQL_MAX_DEPTH', env.GRAPHQL_MAX_DEPTH, 10),
    introspection: flag('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION),
    trustProxy: proxies(env.TRUST_PROXY),
    portalDir: env.PORTAL_DIR ? resolve(env.PORTAL_DIR) : undefined,
    rankingPrepareSeconds: wholeNumber('RANKING_PREPARE_SECONDS', env.RANKING_PREPARE_SECONDS, 60),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * The largest request body the API reads (GraphQL): generous for any operation, and for a
 * training file of about 1.4 MB sent to importTrainingRecords as base64. Larger files go to
 * POST /training/imports, which takes IMPORT_BODY_LIMIT_BYTES.
 */
export const GRAPHQL_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
