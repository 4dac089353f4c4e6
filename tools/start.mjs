// `npm start`: build, start PostgreSQL (embedded unless DATABASE_URL is set), migrate,
// seed the demo bank when the database is empty, then serve API + portal on one port.
import './runtime.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = resolve(import.meta.dirname, '..');
const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

console.log(`Corebook on Node.js ${process.version}. Building the API and the portal…`);
run(process.execPath, ['tools/build-api.mjs']);
run('npx', ['vite', 'build', '--config', 'apps/portal/vite.config.mts', '--logLevel', 'warn']);

let database = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
  console.log(`Starting the embedded PostgreSQL in ${dataDir}…`);
  database = await startEmbeddedPostgres({ dataDir });
  databaseUrl = database.url;
}
const env = { ...process.env, DATABASE_URL: databaseUrl, PORTAL_DIR: resolve(root, 'dist/portal') };

// Migrates, then seeds the demo bank only if the database has no branches yet.
run(process.execPath, ['dist/api/apps/api/src/seed.js', '--size', 'demo'], env);

const api = spawn(
  process.execPath,
  ['--enable-source-maps', '--max-semi-space-size=64', 'dist/api/apps/api/src/main.js'],
  {
    cwd: root,
    stdio: 'inherit',
    env,
  },
);
const port = process.env.PORT ?? '3000';
const { DEMO_LOGINS } = createRequire(import.meta.url)(
  resolve(root, 'dist/api/libs/server/seed/src/index.js'),
);
setTimeout(() => {
  console.log(`\nCorebook: http://localhost:${port}\nDemo logins:`);
  for (const login of DEMO_LOGINS)
    console.log(
      `  ${login.role.padEnd(12)} ${login.username.padEnd(14)} ${login.password}   ${login.description}`,
    );
}, 1500).unref();

let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  api.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
api.on('exit', async (code) => {
  await database?.stop();
  process.exit(code ?? 0);
});
