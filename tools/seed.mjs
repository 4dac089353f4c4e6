// `npm run seed -- --size demo|mid|large [--seed N] [--fresh]`: build the API, start the
// embedded PostgreSQL (data in $DATA_DIR, default .data) unless DATABASE_URL is set, and
// run the seed CLI. A database that already holds a bank is left as it is; `--fresh`
// (embedded only) deletes the data directory first, e.g. to replace the demo with a
// mid-size bank. To keep the demo, point DATA_DIR somewhere else instead.
import './runtime.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { deleteEmbeddedData, startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
const seedArgs = args.filter((arg) => arg !== '--fresh');

const build = spawnSync(process.execPath, ['tools/build-api.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let database = null;
let databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  if (fresh) {
    console.error(
      '--fresh only applies to the embedded PostgreSQL; drop and recreate the database behind DATABASE_URL yourself.',
    );
    process.exit(2);
  }
} else {
  const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
  if (fresh) {
    console.log(`Deleting ${dataDir} (--fresh)…`);
    deleteEmbeddedData(dataDir);
  }
  console.log(`Starting the embedded PostgreSQL in ${dataDir}…`);
  database = await startEmbeddedPostgres({ dataDir });
  databaseUrl = database.url;
}

const child = spawn(
  process.execPath,
  ['--enable-source-maps', 'dist/api/apps/api/src/seed.js', ...seedArgs],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  },
);
// Ctrl-C reaches the child through the terminal; wait for it, then stop PostgreSQL cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
const code = await new Promise((resolveCode) =>
  child.on('exit', (status, signal) => resolveCode(status ?? (signal ? 1 : 0))),
);
if (database) await database.stop();
process.exit(code);
