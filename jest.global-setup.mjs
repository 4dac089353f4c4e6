// One embedded PostgreSQL cluster per test run. `npm test` starts it once and passes
// TEST_DATABASE_URL to every project; running one project's Jest alone starts its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './tools/embedded-postgres.mjs';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return;
  const cluster = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'corebook-test-')),
    database: 'postgres',
    persistent: false,
  });
  process.env.TEST_DATABASE_URL = cluster.adminUrl;
  process.env.TEST_CLUSTER_DISPOSABLE = 'true';
  globalThis.__COREBOOK_TEST_CLUSTER__ = cluster;
}
