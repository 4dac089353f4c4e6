import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'corebook-config-'));

describe('configuration from the environment', () => {
  it('has safe defaults: port 3000 on loopback, info logs, 8-hour sessions', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      tokenTtlSeconds: 28_800,
      production: false,
      rankingPrepareSeconds: 60,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('generates a JWT secret once and keeps it with the data', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
  });

  it('refuses bad values with the variable named', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), RANKING_PREPARE_SECONDS: '-1' })).toThrow(
      /RANKING_PREPARE_SECONDS/,
    );
  });

  it('lets the ranking inputs check be turned off with 0', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), RANKING_PREPARE_SECONDS: '0' })).toMatchObject({
      rankingPrepareSeconds: 0,
    });
  });

  it('uses secure cookies in production', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'production' }).cookieSecure).toBe(true);
  });
});
