// The training import benchmark (issue 4: 100,000 rows must import in well under a minute).
// Times HR's import through GraphQL (preview, then commit, then the same file again, which
// must add nothing) next to a bare COPY of the same rows into a temporary table with the
// file's columns, over the same PostgreSQL. The rows are real RMs and catalogue activities
// with dates inside the activities' windows and not in the future, avoiding completions
// already on file; about 2% are bad on purpose. The records the bench adds are removed
// afterwards, so every run imports the same file into the same bank.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const BAD_SHARE = 0.02;
const DAY_MS = 86_400_000;
const HEADER = 'employeeNo,activityCode,completedOn,hours,score,passed,points,evidence';

/** mulberry32: a small deterministic generator, so the same bank gives the same file. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * A bank seeded before training data existed has no catalogue: add one like the seed's
 * (15 activities a year for the two years before this one and this one).
 */
export async function ensureCatalogue(db) {
  const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM training_activities')).rows;
  if (n > 0) return false;
  const year = new Date().getUTCFullYear();
  await db.query(
    `INSERT INTO training_activities (code, type, title, provider, starts_on, ends_on, points, mandatory, mandatory_grades, validity_months)
     SELECT format('T%s-%s', y, lpad(k::text, 3, '0')),
            (ARRAY['ETHICS','CENTRALISED','RESEARCH','ONLINE','CERTIFICATION'])[1 + k % 5],
            format('Benchmark activity %s-%s', y, k), 'Benchmark',
            make_date(y, 1 + (k % 6), 1), make_date(y, 7 + (k % 6), 28),
            2.0 + (k % 7), k = 1, '{}', CASE WHEN k % 5 = 4 THEN 24 END
       FROM generate_series($1::int - 2, $1::int) AS y, generate_series(1, 15) AS k`,
    [year],
  );
  return true;
}

/** The CSV: ROWS lines of completions not on file, about 2% of them bad in various ways. */
export async function buildFile(db, today) {
  const managers = (
    await db.query(`SELECT id, employee_no AS "employeeNo" FROM relationship_managers ORDER BY id`)
  ).rows;
  const activities = (
    await db.query(
      `SELECT id, code, starts_on::text AS "startsOn", least(ends_on, $1::date)::text AS "endsOn"
         FROM training_activities WHERE active AND starts_on <= $1::date ORDER BY id`,
      [today],
    )
  ).rows.map((a) => ({ ...a, from: dayOf(a.startsOn), to: dayOf(a.endsOn) }));
  const taken = new Set(
    (
      await db.query(
        `SELECT manager_id || ':' || activity_id || ':' || completed_on AS key FROM training_records WHERE status = 'ACTIVE'`,
      )
    ).rows.map((row) => row.key),
  );
  const next = random(20_261_031);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const lines = [HEADER];
  let bad = 0;
  for (let i = 0; i < ROWS; i++) {
    const manager = pick(managers);
    const activity = pick(activities);
    let day = activity.from + Math.floor(next() * (activity.to - activity.from + 1));
    let key = `${manager.id}:${activity.id}:${isoOf(day)}`;
    for (let attempt = 0; taken.has(key) && attempt < 50; attempt++) {
      day = activity.from + Math.floor(next() * (activity.to - activity.from + 1));
      key = `${manager.id}:${activity.id}:${isoOf(day)}`;
    }
    if (taken.has(key)) {
      i--;
      continue;
    }
    taken.add(key);
    const row = {
      employeeNo: manager.employeeNo,
      activityCode: activity.code,
      completedOn: isoOf(day),
      hours: (1 + Math.floor(next() * 80) / 10).toFixed(1),
      score: next() < 0.5 ? String(60 + Math.floor(next() * 41)) : '',
      passed: 'yes',
      points: '',
      evidence: `LMS export line ${i + 2}`,
    };
    if (next() < BAD_SHARE) {
      bad++;
      const kind = i % 5;
      if (kind === 0) row.employeeNo = `X${row.employeeNo}`;
      else if (kind === 1) row.activityCode = 'T1999-999';
      else if (kind === 2) row.completedOn = row.completedOn.replaceAll('-', '/');
      else if (kind === 3) row.hours = 'two';
      else row.score = '140';
    }
    lines.push(Object.values(row).join(','));
  }
  return { csv: `${lines.join('\n')}\n`, rows: ROWS, bad, managers: managers.length, activities };
}

async function graphql(apiUrl, token, query, variables) {
  const started = performance.now();
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  const ms = performance.now() - started;
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { data: body.data, ms };
}

const IMPORT_FIELDS = 'id status totalRows accepted rejected duplicates committed';
const PREVIEW = `mutation ($f: String!, $c: String!) { importTrainingRecords(fileName: $f, contentBase64: $c) { ${IMPORT_FIELDS} } }`;
const COMMIT = `mutation ($id: ID!) { commitTrainingImport(importId: $id) { ${IMPORT_FIELDS} } }`;

/** The bare baseline: COPY the same CSV into a temporary table with the file's columns. */
async function bareCopy(databaseUrl, csv) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    await client.query('BEGIN');
    await client.query(
      `CREATE TEMPORARY TABLE bench_training_import (employee_no text, activity_code text, completed_on text,
         hours text, score text, passed text, points text, evidence text) ON COMMIT DROP`,
    );
    await pipeline(
      Readable.from([Buffer.from(csv)]),
      client.query(
        copyFrom('COPY bench_training_import FROM STDIN WITH (FORMAT csv, HEADER true)'),
      ),
    );
    const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM bench_training_import'))
      .rows;
    await client.query('COMMIT');
    return { rows: n, ms: performance.now() - started };
  } finally {
    await client.end();
  }
}

export async function runImportBench({ apiUrl, databaseUrl, token }) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const today = new Date().toISOString().slice(0, 10);
  const importIds = [];
  try {
    const createdCatalogue = await ensureCatalogue(db);
    const [{ onFile }] = (
      await db.query(
        `SELECT count(*)::int AS "onFile" FROM training_records WHERE status = 'ACTIVE'`,
      )
    ).rows;
    const t0 = performance.now();
    const file = await buildFile(db, today);
    const buildMs = performance.now() - t0;
    const content = Buffer.from(file.csv).toString('base64');
    console.log(
      `\nTraining import: ${file.rows.toLocaleString('en-US')} rows (${file.bad} bad on purpose), ` +
        `${(file.csv.length / 1024 / 1024).toFixed(1)} MB CSV (${(content.length / 1024 / 1024).toFixed(1)} MB base64), ` +
        `${file.managers} RMs, ${file.activities.length} activities${createdCatalogue ? ' (catalogue created by the bench)' : ''}, ` +
        `${onFile.toLocaleString('en-US')} records on file before; file built in ${(buildMs / 1000).toFixed(1)} s`,
    );

    // Warm-up: the first GraphQL mutation compiles resolvers; a tiny file, then discarded.
    const warm = await graphql(apiUrl, token, PREVIEW, {
      f: 'warm-up.csv',
      c: Buffer.from(`${HEADER}\nE0,T0,2000-01-01,1,,,,\n`).toString('base64'),
    });
    importIds.push(warm.data.importTrainingRecords.id);

    const baseline = await bareCopy(databaseUrl, file.csv);
    if (baseline.rows !== file.rows) throw new Error(`bare COPY loaded ${baseline.rows} rows`);

    const preview = await graphql(apiUrl, token, PREVIEW, { f: 'bench-100k.csv', c: content });
    const first = preview.data.importTrainingRecords;
    importIds.push(first.id);
    if (
      first.totalRows !== file.rows ||
      first.accepted + first.rejected + first.duplicates !== file.rows
    )
      throw new Error(`preview counts do not add up: ${JSON.stringify(first)}`);
    if (first.rejected !== file.bad || first.duplicates !== 0)
      throw new Error(`expected ${file.bad} rejected and no duplicates: ${JSON.stringify(first)}`);
    const commit = await graphql(apiUrl, token, COMMIT, { id: first.id });
    const committed = commit.data.commitTrainingImport;
    if (committed.committed !== first.accepted)
      throw new Error(`commit added ${committed.committed} of ${first.accepted} accepted rows`);

    const again = await graphql(apiUrl, token, PREVIEW, { f: 'bench-100k.csv', c: content });
    const second = again.data.importTrainingRecords;
    importIds.push(second.id);
    const againCommit = await graphql(apiUrl, token, COMMIT, { id: second.id });
    const secondCommitted = againCommit.data.commitTrainingImport;
    if (second.accepted !== 0 || secondCommitted.committed !== 0)
      throw new Error(`the same file again added rows: ${JSON.stringify(secondCommitted)}`);
    if (second.duplicates !== first.accepted)
      throw new Error(
        `the same file again: ${second.duplicates} duplicates, expected ${first.accepted}`,
      );

    const rate = (rows, ms) => Math.round((rows * 1000) / ms).toLocaleString('en-US');
    const seconds = (ms) => (ms / 1000).toFixed(2);
    const apiMs = preview.ms + commit.ms;
    console.log('\n| step | rows | seconds | rows/s | outcome |\n| --- | --- | --- | --- | --- |');
    console.log(
      `| bare COPY into a temporary table (pg-copy-streams) | ${baseline.rows} | ${seconds(baseline.ms)} | ${rate(baseline.rows, baseline.ms)} | ${baseline.rows} rows loaded, no checks |`,
    );
    console.log(
      `| API: importTrainingRecords (preview) | ${file.rows} | ${seconds(preview.ms)} | ${rate(file.rows, preview.ms)} | ${first.accepted} accepted, ${first.rejected} rejected, ${first.duplicates} duplicates |`,
    );
    console.log(
      `| API: commitTrainingImport | ${first.accepted} | ${seconds(commit.ms)} | ${rate(first.accepted, commit.ms)} | ${committed.committed} records added |`,
    );
    console.log(
      `| API: preview + commit | ${file.rows} | ${seconds(apiMs)} | ${rate(file.rows, apiMs)} | |`,
    );
    console.log(
      `| API: same file again (preview + commit) | ${file.rows} | ${seconds(again.ms + againCommit.ms)} | ${rate(file.rows, again.ms + againCommit.ms)} | ${second.accepted} accepted, ${second.duplicates} duplicates, ${secondCommitted.committed} added |`,
    );
    console.log(
      `\nratio: the API (preview + commit) takes ${(apiMs / baseline.ms).toFixed(1)}x the bare COPY; ` +
        `${seconds(apiMs)} s for ${file.rows.toLocaleString('en-US')} rows (target: well under 60 s)`,
    );
  } finally {
    // Leave the bank as it was, so the next run imports the same file.
    if (importIds.length > 0) {
      await db.query('DELETE FROM training_records WHERE import_id = ANY($1::bigint[])', [
        importIds,
      ]);
      await db.query('DELETE FROM training_imports WHERE id = ANY($1::bigint[])', [importIds]);
    }
    await db.end();
  }
}
