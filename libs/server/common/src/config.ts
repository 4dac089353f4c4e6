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
  /** Deepest GraphQL selection accepted (introspection aside). */
  readonly graphqlMaxDepth: number;
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
    portalDir: env.PORTAL_DIR ? resolve(env.PORTAL_DIR) : undefined,
    rankingPrepareSeconds: wholeNumber('RANKING_PREPARE_SECONDS', env.RANKING_PREPARE_SECONDS, 60),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
