// `npm run bench [-- clients|import ...]`: measures against the mid-size bank of docs/domain.md
// (2,000,000 clients), each figure next to a bare baseline run in the same process tree, so
// ratios hold on a noisy machine. Suites: `clients` (My clients under load), `import`
// (training import of 100,000 rows, tools/bench/training-import.mjs), `core` (ranking,
// bank-wide plan and apply, tools/bench/core-clients.mjs), `servicing` (revisit queue and
// logContact under load, coverage, tools/bench/servicing.mjs) and `portal` (the portal's first
// load on a throttled link, tools/bench/portal-load.mjs); default all. The
// database lives in BENCH_DATA_DIR (default .data-bench-<size>) and is seeded on first use
// (several minutes); BENCH_SIZE=demo gives a quick smoke run. BENCH_OLD_NODE=/usr/bin/node
// also serves My clients from the same build on that (older) Node.js, in the same rounds.
import './runtime.mjs';
import { fork, spawn, spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { runCoreClientsBench } from './bench/core-clients.mjs';
import { alternatingRounds, CONNECTIONS, printRounds } from './bench/load-rounds.mjs';
import { runPortalLoadBench } from './bench/portal-load.mjs';
import { runServicingBench } from './bench/servicing.mjs';
import { runImportBench } from './bench/training-import.mjs';
import { freePort, startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = resolve(import.meta.dirname, '..');
const SUITES = ['clients', 'import', 'core', 'servicing', 'portal'];
const chosen = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = chosen.filter((suite) => !SUITES.includes(suite));
if (unknown.length > 0) {
  console.error(`unknown suite(s): ${unknown.join(', ')}; choose from ${SUITES.join(', ')}`);
  process.exit(2);
}
const suites = chosen.length > 0 ? new Set(chosen) : new Set(SUITES);
const size = process.env.BENCH_SIZE ?? 'mid';
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const rounds = 4;

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['tools/build-api.mjs']);
if (suites.has('portal'))
  run('npx', ['vite', 'build', '--config', 'apps/portal/vite.config.mts', '--logLevel', 'warn']);
let database = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  database = await startEmbeddedPostgres({
    dataDir: resolve(root, process.env.BENCH_DATA_DIR ?? `.data-bench-${size}`),
  });
  databaseUrl = database.url;
}
const env = {
  ...process.env,
  PORTAL_DIR: resolve(root, 'dist/portal'),
  DATABASE_URL: databaseUrl,
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
};
run(process.execPath, ['dist/api/apps/api/src/seed.js', '--size', size], env);

// A typical RM: the median book size among RMs with a book.
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const [{ total }] = (await db.query('SELECT count(*)::int AS total FROM clients')).rows;
const [rm] = (
  await db.query(`
    WITH books AS (SELECT manager_id, count(*) AS n FROM current_assignments WHERE manager_id IS NOT NULL GROUP BY manager_id)
    SELECT u.username, b.manager_id, b.n::int AS book
    FROM books b JOIN users u ON u.relationship_manager_id = b.manager_id
    ORDER BY b.n, b.manager_id OFFSET (SELECT count(*) / 2 FROM books) LIMIT 1`)
).rows;
await db.end();
const { DEMO_LOGINS } = createRequire(import.meta.url)(
  resolve(root, 'dist/api/libs/server/seed/src/index.js'),
);
const password = DEMO_LOGINS.find((login) => login.role === 'RM').password;

/** The built API on `node`, with the same flags as `npm start` and the Docker image. */
async function startApi(node = process.execPath, main = 'dist/api/apps/api/src/main.js') {
  const port = await freePort();
  const child = spawn(node, ['--max-semi-space-size=64', main], {
    cwd: root,
    // No background preparation of the ranking inputs: the bench times the month's first run.
    env: { ...env, PORT: String(port), RANKING_PREPARE_SECONDS: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { child, port };
}

/**
 * The same build on an older Node.js, for `BENCH_OLD_NODE`: a copy of dist/api whose runtime
 * check (apps/api/src/runtime.ts, which refuses Node before 24) is emptied, for this run only.
 */
async function startApiOnOldNode(node) {
  // Inside the clone, so the copy finds node_modules.
  const copy = resolve(root, 'tmp/bench-api-old-node');
  rmSync(copy, { recursive: true, force: true });
  cpSync(resolve(root, 'dist/api'), copy, { recursive: true });
  writeFileSync(join(copy, 'apps/api/src/runtime.js'), '');
  const started = await startApi(node, join(copy, 'apps/api/src/main.js'));
  await waitForApi(started.port, started.child);
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return { ...started, version };
}

const { child: api, port: apiPort } = await startApi();

async function waitForApi(port, child) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error('the API did not become ready');
}
await waitForApi(apiPort, api);
const apiUrl = `http://127.0.0.1:${apiPort}`;

async function signIn(username, password) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  const body = await response.json();
  if (!body.data?.login) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(body)}`);
  return body.data.login.token;
}

async function clientsSuite() {
  const barePort = await freePort();
  const bare = fork(resolve(root, 'tools/bench/bare-clients-server.mjs'), {
    env: { ...env, PORT: String(barePort), MANAGER_ID: String(rm.manager_id) },
  });
  await new Promise((ready) => bare.once('message', ready));
  const token = await signIn(rm.username, password);
  const myClients = JSON.stringify({
    query:
      '{ clients(first: 50) { edges { node { id clientNo name contribution12m aum lastActivityOn } } pageInfo { hasNextPage endCursor } } }',
  });

  const graphqlOptions = {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: myClients,
  };

  // Check both answer the same rows before timing them.
  const check = await (await fetch(`http://127.0.0.1:${apiPort}/graphql`, graphqlOptions)).json();
  const bareCheck = await (await fetch(`http://127.0.0.1:${barePort}/`)).json();
  if (check.errors || check.data.clients.edges.length !== bareCheck.data.clients.edges.length) {
    throw new Error(
      `the API and the baseline disagree: ${JSON.stringify(check.errors ?? check.data).slice(0, 300)}`,
    );
  }

  console.log(
    `\nMy clients, first page of 50: RM ${rm.username} (book of ${rm.book}), ${total} clients, ${CONNECTIONS} connections, ${seconds} s each in ${rounds} alternating rounds`,
  );
  const oldNode = process.env.BENCH_OLD_NODE
    ? await startApiOnOldNode(process.env.BENCH_OLD_NODE)
    : null;
  const [bareServer, apiServer, oldNodeServer] = await alternatingRounds(
    [
      {
        name: 'bare node:http + pg',
        url: `http://127.0.0.1:${barePort}/`,
        options: {},
        pid: bare.pid,
      },
      {
        name: `Corebook API (NestJS, Fastify, Mercurius) on Node.js ${process.version}`,
        url: `http://127.0.0.1:${apiPort}/graphql`,
        options: graphqlOptions,
        pid: api.pid,
        graphql: true,
      },
      ...(oldNode
        ? [
            {
              name: `the same API on Node.js ${oldNode.version}`,
              url: `http://127.0.0.1:${oldNode.port}/graphql`,
              options: graphqlOptions,
              pid: oldNode.child.pid,
              graphql: true,
            },
          ]
        : []),
    ],
    { seconds, rounds },
  );
  printRounds([bareServer, apiServer, oldNodeServer].filter(Boolean));
  const rpsRatio = apiServer.rps / bareServer.rps;
  const p99Ratio = apiServer.p99 / bareServer.p99;
  console.log(
    `\nratio: ${rpsRatio.toFixed(2)}x the bare requests/s (target >= 0.75), p99 ${p99Ratio.toFixed(2)}x the bare p99 (target <= 2)`,
  );
  if (oldNodeServer) {
    console.log(
      `on ${oldNode.version}: ${(oldNodeServer.rps / bareServer.rps).toFixed(2)}x the bare requests/s; ${process.version} serves ${(apiServer.rps / oldNodeServer.rps).toFixed(2)}x its requests/s`,
    );
    oldNode.child.kill('SIGTERM');
  }

  bare.kill('SIGTERM');
}

try {
  if (suites.has('clients')) await clientsSuite();
  if (suites.has('import')) {
    const hr = DEMO_LOGINS.find((login) => login.role === 'HR');
    await runImportBench({
      apiUrl,
      databaseUrl,
      token: await signIn(hr.username, hr.password),
    });
  }
  if (suites.has('portal')) {
    await runPortalLoadBench({ apiUrl, token: await signIn(rm.username, password) });
  }
  if (suites.has('core')) {
    const admin = DEMO_LOGINS.find((login) => login.role === 'ADMIN');
    await runCoreClientsBench({
      apiUrl,
      databaseUrl,
      token: await signIn(admin.username, admin.password),
    });
  }
  if (suites.has('servicing'))
    await runServicingBench({
      apiUrl,
      apiPid: api.pid,
      databaseUrl,
      env,
      signIn,
      password,
      seconds,
      rounds,
    });
} finally {
  api.kill('SIGTERM');
  await new Promise((done) => api.once('exit', done));
  await database?.stop();
}
