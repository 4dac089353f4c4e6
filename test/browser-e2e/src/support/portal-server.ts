import { DEMO_BANK } from '@corebook/server/seed';
import { createTestDatabase, type TestDatabase } from '@corebook/server/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');

export interface PortalServer {
  url: string;
  /** The seeded database, for checks the UI cannot make; null against PORTAL_URL. */
  databaseUrl: string | null;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForReady(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 150));
  }
  throw new Error('the API did not become ready');
}

/**
 * The built API serving the built portal (both from dist/, built by this target's
 * dependencies) on a fresh database seeded with the demo bank. PORTAL_URL instead
 * points the test at a server that is already running.
 */
export async function startPortalServer(): Promise<PortalServer> {
  if (process.env.PORTAL_URL)
    return { url: process.env.PORTAL_URL, databaseUrl: null, stop: () => Promise.resolve() };
  const database: TestDatabase = await createTestDatabase(DEMO_BANK);
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'corebook-browser-')),
    PORTAL_DIR: join(root, 'dist/portal'),
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForReady(url, api);
  return {
    url,
    databaseUrl: database.url,
    stop: async () => {
      if (api.exitCode === null) {
        const exited = new Promise((done) => api.once('exit', done));
        api.kill('SIGTERM');
        await exited;
      }
      await database.drop();
    },
  };
}
