import { startEmbeddedPostgres, freePort } from './embedded-postgres.mjs';
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
const db = await startEmbeddedPostgres({ dataDir: '/work/main/.data-bench-mid' });
const port = await freePort();
const api = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', 'dist/api/apps/api/src/main.js'], { cwd: '/work/main', env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'production' }, stdio: 'inherit' });
for (let i = 0; i < 100; i++) { try { if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) break; } catch {} await new Promise(r => setTimeout(r, 200)); }
const login = await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { login(username: "rm.b086.08", password: "Corebook-demo-2026") { token } }' }) })).json();
const body = JSON.stringify({ query: '{ clients(first: 50) { edges { node { id clientNo name contribution12m aum lastActivityOn } } pageInfo { hasNextPage endCursor } } }' });
const r = await new Promise((res, rej) => autocannon({ url: `http://127.0.0.1:${port}/graphql`, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${login.data.login.token}` }, body, connections: 50, duration: 15 }, (e, r) => e ? rej(e) : res(r)));
console.log('rps', r.requests.average);
api.kill('SIGINT'); await new Promise(r => api.once('exit', r)); await db.stop();
