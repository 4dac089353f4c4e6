// The servicing benchmark (issue 17), at the bank `npm run bench` seeded with its contact
// history (mid: about 2.5 M contacts, 465,000 client cycles). Each figure next to a physical
// anchor measured in the same run (tools/bench/bare-servicing-server.mjs and one SQL statement):
//   revisit queue   an RM's first page (20, the portal's query) under load, 50 connections, in
//                   alternating rounds, vs a bare handler reading the page from a table of the
//                   queue rows indexed in the page's order
//   logContact      under load, 50 RMs each logging visits with their core clients, vs a bare
//                   handler inserting the contact and updating the client's due date in one
//                   transaction
//   coverage        every RM's coverage of the last full quarter (managerCoverage as admin, no
//                   branch), vs one SQL statement computing the same figures, alternating
// A ranking run through the product comes first (the queue orders by its values); afterwards
// the run, the contacts and the cycles the bench wrote are taken away again.
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { freePort } from '../embedded-postgres.mjs';
import { deleteContactsAfter, deleteRuns, keepCycles, restoreCycles } from './bank-state.mjs';
import { alternatingRounds, CONNECTIONS, printRounds } from './load-rounds.mjs';

const DUE_SOON_DAYS = 7;
const COVERAGE_PAIRS = 5;
const LOGGING_RMS = 50;

const QUEUE = `query ($first: Int) { revisitQueue(first: $first) {
  overdueCount dueSoonCount totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { reason tier dueOn daysOverdue lastContactOn plannedOn client { id clientNo name } } } } }`;
const LOG = `mutation ($input: ContactInput!) { logContact(input: $input) { id status } }`;
const COVERAGE = `query ($from: Date!, $to: Date!) { managerCoverage(from: $from, to: $to) {
  manager { id name } coreDays withinDays coverage overdueNow dueSoonNow } }`;

// The same figures as CoverageService, as one statement over the log: each row's days inside
// the period (until the client's next row), and those on or before its due date, per RM.
const BARE_COVERAGE = `
  SELECT manager_id, sum(stop - start)::int AS core_days,
         sum(GREATEST(0, LEAST(stop, due_on + 1) - start))::int AS within_days
  FROM (
    SELECT manager_id, due_on, GREATEST(valid_on, $1::date) AS start,
           LEAST(coalesce(lead(valid_on) OVER (PARTITION BY client_id ORDER BY id), $2::date + 1), $2::date + 1) AS stop
    FROM client_cycle_log WHERE valid_on <= $2::date
  ) x
  WHERE manager_id IS NOT NULL AND due_on IS NOT NULL AND stop > start
  GROUP BY manager_id`;

const addDays = (day, n) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => (ms / 1000).toFixed(2);

async function timed(work) {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/** The last full calendar quarter before `today`. */
function lastQuarter(today) {
  const [year, month] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, Math.floor((month - 1) / 3) * 3 - 3, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

export async function runServicingBench({
  apiUrl,
  apiPid,
  databaseUrl,
  env,
  signIn,
  password,
  seconds: loadSeconds,
  rounds,
}) {
  const zone = env.BANK_TIME_ZONE || 'Asia/Shanghai';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  const horizon = addDays(today, DUE_SOON_DAYS);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const graphql =
    (token) =>
    async (query, variables = {}) => {
      const response = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
      return body.data;
    };
  let bare = null;
  try {
    const [size] = (
      await db.query(`SELECT (SELECT count(*) FROM contacts)::int AS contacts,
                             (SELECT count(*) FROM client_cycles)::int AS cycles,
                             (SELECT count(*) FROM client_cycle_log)::int AS log,
                             (SELECT coalesce(max(id), 0) FROM contacts)::text AS "lastContact"`)
    ).rows;
    if (size.cycles === 0) throw new Error('the bank has no contact history: seed it first');
    const cycles = await keepCycles(db);
    const admin = graphql(await signIn('admin', password));
    const ranking = await timed(() => admin('mutation { runCoreRanking { id coreCount } }'));
    const runId = Number(ranking.result.runCoreRanking.id);
    console.log(
      `\nServicing: ${size.contacts.toLocaleString('en-US')} contacts, ${size.cycles.toLocaleString('en-US')} client cycles, ${size.log.toLocaleString('en-US')} cycle log rows; today ${today}; a ranking run first (${seconds(ranking.ms)} s, ${ranking.result.runCoreRanking.coreCount.toLocaleString('en-US')} core)`,
    );
    try {
      const results = await measure();
      console.log(
        '\n| measure | Corebook | anchor | ratio | target |\n| --- | --- | --- | --- | --- |',
      );
      for (const row of results) console.log(`| ${row.join(' | ')} |`);
    } finally {
      await deleteContactsAfter(db, size.lastContact);
      await restoreCycles(db, cycles);
      await db.query('BEGIN');
      await deleteRuns(db, [runId]);
      await db.query('COMMIT');
      await db.query(`DROP TABLE IF EXISTS bench_revisit_queue`);
      for (const table of ['contacts', 'client_cycles', 'client_cycle_log'])
        await db.query(`VACUUM ANALYZE ${table}`);
    }

    async function measure() {
      // The queue's RM: the median queue among RMs with a sign-in.
      const [rm] = (
        await db.query(
          `WITH q AS (SELECT manager_id, count(*) AS n FROM client_cycles
                      WHERE manager_id IS NOT NULL AND (due_on <= $1::date OR planned_on <= $1::date) GROUP BY manager_id)
           SELECT u.username, q.manager_id, q.n::int AS queue,
                  (SELECT count(*) FROM client_cycles s WHERE s.manager_id = q.manager_id AND s.tier IS NOT NULL)::int AS core
           FROM q JOIN users u ON u.relationship_manager_id = q.manager_id AND u.active
           ORDER BY q.n, q.manager_id OFFSET (SELECT count(*) / 2 FROM q) LIMIT 1`,
          [horizon],
        )
      ).rows;
      await db.query(`DROP TABLE IF EXISTS bench_revisit_queue`);
      await db.query(
        `CREATE TABLE bench_revisit_queue AS
         SELECT s.manager_id, s.due_on, r.value, s.client_id::text AS client_id, c.client_no::text AS client_no,
                c.name, s.tier, s.last_contact_on::text AS last_contact_on, s.planned_on::text AS planned_on
         FROM client_cycles s JOIN clients c ON c.id = s.client_id
         LEFT JOIN client_rankings r ON r.run_id = $1 AND r.client_id = s.client_id
         WHERE s.manager_id IS NOT NULL AND (s.due_on <= $2::date OR s.planned_on <= $2::date)`,
        [runId, horizon],
      );
      await db.query(
        `CREATE INDEX ON bench_revisit_queue (manager_id, due_on ASC NULLS LAST, value DESC NULLS LAST, client_id)`,
      );
      await db.query(`VACUUM ANALYZE bench_revisit_queue`);
      const [{ cycleDays }] = (
        await db.query(
          `SELECT value->'cycleDays' AS "cycleDays" FROM contact_cycle_versions ORDER BY version DESC LIMIT 1`,
        )
      ).rows;
      const barePort = await freePort();
      bare = fork(resolve(import.meta.dirname, 'bare-servicing-server.mjs'), {
        env: {
          ...env,
          PORT: String(barePort),
          MANAGER_ID: String(rm.manager_id),
          TODAY: today,
          HORIZON: horizon,
          CYCLE_DAYS: JSON.stringify(cycleDays),
        },
      });
      await new Promise((ready) => bare.once('message', ready));
      const bareUrl = `http://127.0.0.1:${barePort}`;

      // Revisit queue: both give the same page before they are timed.
      const rmToken = await signIn(rm.username, password);
      const queueOptions = {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${rmToken}` },
        body: JSON.stringify({ query: QUEUE, variables: { first: 20 } }),
      };
      const page = (await graphql(rmToken)(QUEUE, { first: 20 })).revisitQueue;
      const barePage = (await (await fetch(`${bareUrl}/queue`)).json()).data.revisitQueue;
      const ids = (p) => p.edges.map((edge) => edge.node.client.id).join(',');
      if (ids(page) !== ids(barePage) || page.totalCount !== barePage.totalCount)
        throw new Error(`the queue and its anchor disagree: ${ids(page)} / ${ids(barePage)}`);
      console.log(
        `\nRevisit queue, first page of 20: RM ${rm.username} (${rm.core} core clients, ${page.totalCount} on the queue: ${page.overdueCount} overdue, ${page.dueSoonCount} due within ${DUE_SOON_DAYS} days), ${CONNECTIONS} connections, ${loadSeconds} s each in ${rounds} alternating rounds`,
      );
      const [bareQueue, apiQueue] = await alternatingRounds(
        [
          {
            name: 'anchor: node:http + pg, queue table',
            url: `${bareUrl}/queue`,
            options: {},
            pid: bare.pid,
          },
          {
            name: 'Corebook API revisitQueue',
            url: `${apiUrl}/graphql`,
            options: queueOptions,
            pid: apiPid,
            graphql: true,
          },
        ],
        { seconds: loadSeconds, rounds },
      );
      printRounds([bareQueue, apiQueue]);

      // logContact: 50 RMs, each visiting their core clients in turn.
      const loggers = (
        await db.query(
          `SELECT u.username, u.id AS "userId", m.id AS "managerId",
                  array_agg(s.client_id::text ORDER BY s.client_id) AS clients
           FROM relationship_managers m JOIN users u ON u.relationship_manager_id = m.id AND u.active
           JOIN client_cycles s ON s.manager_id = m.id AND s.tier IS NOT NULL
           GROUP BY u.username, u.id, m.id HAVING count(*) >= 10 ORDER BY m.id LIMIT $1`,
          [LOGGING_RMS],
        )
      ).rows;
      for (const logger of loggers) logger.token = await signIn(logger.username, password);
      const pairs = [];
      for (let k = 0; pairs.length < 20_000 && k < 1000; k++)
        for (const logger of loggers)
          if (k < logger.clients.length) pairs.push({ logger, clientId: logger.clients[k] });
      let next = 0;
      const occurred = () => {
        const at = new Date(Date.now() - 3_600_000);
        return {
          occurredAt: at.toISOString(),
          occurredOn: new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(at),
        };
      };
      const apiLogging = {
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const { logger, clientId } = pairs[next++ % pairs.length];
              const input = {
                clientId,
                occurredAt: occurred().occurredAt,
                type: 'VISIT',
                purpose: 'PERIODIC_REVIEW',
                outcome: 'POSITIVE',
                notes: 'Bench visit',
                nextStep: '',
              };
              return {
                ...request,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${logger.token}`,
                },
                body: JSON.stringify({ query: LOG, variables: { input } }),
              };
            },
          },
        ],
      };
      const bareLogging = {
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const { logger, clientId } = pairs[next++ % pairs.length];
              return {
                ...request,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({
                  clientId,
                  userId: logger.userId,
                  managerId: logger.managerId,
                  ...occurred(),
                }),
              };
            },
          },
        ],
      };
      console.log(
        `\nlogContact: ${loggers.length} RMs, ${pairs.length.toLocaleString('en-US')} (RM, core client) pairs in turn, ${CONNECTIONS} connections, ${loadSeconds} s each in ${rounds} alternating rounds`,
      );
      const [bareLog, apiLog] = await alternatingRounds(
        [
          {
            name: 'anchor: node:http + pg, insert + update',
            url: `${bareUrl}/contact`,
            options: bareLogging,
            pid: bare.pid,
          },
          {
            name: 'Corebook API logContact',
            url: `${apiUrl}/graphql`,
            options: apiLogging,
            pid: apiPid,
            graphql: true,
          },
        ],
        { seconds: loadSeconds, rounds },
      );
      printRounds([bareLog, apiLog]);

      // Coverage of every RM for the last full quarter, alternating with the statement.
      const quarter = lastQuarter(today);
      const pairsOfCoverage = [];
      for (let k = 0; k < COVERAGE_PAIRS; k++) {
        const statement = await timed(() => db.query(BARE_COVERAGE, [quarter.from, quarter.to]));
        const api = await timed(() => admin(COVERAGE, quarter));
        pairsOfCoverage.push({ statement, api });
      }
      const { statement, api } = pairsOfCoverage.at(-1);
      const sum = (rows, key) => rows.reduce((total, row) => total + Number(row[key]), 0);
      const figures = api.result.managerCoverage;
      if (
        sum(figures, 'coreDays') !== sum(statement.result.rows, 'core_days') ||
        sum(figures, 'withinDays') !== sum(statement.result.rows, 'within_days')
      )
        throw new Error('managerCoverage and its anchor disagree');
      const apiMs = median(pairsOfCoverage.map((p) => p.api.ms));
      const statementMs = median(pairsOfCoverage.map((p) => p.statement.ms));
      const within = sum(figures, 'withinDays') / sum(figures, 'coreDays');
      console.log(
        `\nCoverage ${quarter.from}..${quarter.to}: ${figures.length.toLocaleString('en-US')} RMs, ${sum(figures, 'coreDays').toLocaleString('en-US')} core client-days, ${(within * 100).toFixed(1)}% within cycle; ${COVERAGE_PAIRS} alternating pairs (statement, API): ${pairsOfCoverage.map((p) => `${seconds(p.statement.ms)} s, ${seconds(p.api.ms)} s`).join('; ')}`,
      );

      const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
      return [
        [
          'revisit queue, first page, requests/s',
          apiQueue.rps.toFixed(0),
          bareQueue.rps.toFixed(0),
          ratio(apiQueue.rps, bareQueue.rps),
          '>= 0.75x',
        ],
        [
          'revisit queue, first page, p99 ms',
          apiQueue.p99.toFixed(0),
          bareQueue.p99.toFixed(0),
          ratio(apiQueue.p99, bareQueue.p99),
          '<= 2x',
        ],
        [
          'logContact, requests/s',
          apiLog.rps.toFixed(0),
          bareLog.rps.toFixed(0),
          ratio(apiLog.rps, bareLog.rps),
          '>= 0.5x',
        ],
        [
          `coverage of ${figures.length.toLocaleString('en-US')} RMs for ${quarter.from}..${quarter.to}, median of ${COVERAGE_PAIRS}`,
          `${seconds(apiMs)} s`,
          `${seconds(statementMs)} s (one statement)`,
          ratio(apiMs, statementMs),
          '<= 2x',
        ],
      ];
    }
  } finally {
    bare?.kill('SIGTERM');
    await db.end();
  }
}
