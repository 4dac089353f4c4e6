// `npm test`: every test of every project against one real PostgreSQL (embedded, started
// here once and shared through TEST_DATABASE_URL), then one closing count.
import './runtime.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = resolve(import.meta.dirname, '..');
console.log(`Testing on Node.js ${process.version}`);
const resultsDir = join(root, 'tmp/test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const extra = process.argv.slice(2);
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  FORCE_COLOR: process.env.CI ? '0' : '1',
};
let cluster = null;
if (!env.TEST_DATABASE_URL) {
  cluster = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'corebook-test-')),
    database: 'postgres',
    persistent: false,
  });
  env.TEST_DATABASE_URL = cluster.adminUrl;
  // Thrown away after the run, with every database in it: tests need not drop theirs.
  env.TEST_CLUSTER_DISPOSABLE = 'true';
}

let status;
try {
  const result = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'test', '--outputStyle=stream', '--skipNxCache', ...extra],
    {
      cwd: root,
      stdio: 'inherit',
      env,
    },
  );
  status = result.status ?? 1;
} finally {
  await cluster?.stop();
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(resultsDir)) {
  const report = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (status !== 0 && failed === 0) failed = 1; // a project failed before or outside its tests
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
