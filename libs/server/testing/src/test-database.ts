import { runMigrations } from '@corebook/server/database';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const TEMPLATE = 'corebook_template';

/** A second template, made once per run from the migrated one by `fill` (e.g. a seeded bank). */
export interface FilledTemplate {
  name: 'demo';
  fill(url: string): Promise<unknown>;
}
const TEMPLATE_LOCK = 4_242_001;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_URL is not set: run tests through Jest (its global setup starts PostgreSQL)',
    );
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh, fully migrated database for one test file, copied from a template that the
 * first caller of the run migrates (an advisory lock keeps concurrent Jest workers in line).
 * With `filled`, the copy is of a template filled once per run (the demo bank, seeded once
 * for every test file that needs it).
 */
export async function createTestDatabase(filled?: FilledTemplate): Promise<TestDatabase> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  const name = `test_${randomBytes(6).toString('hex')}`;
  const exists = async (database: string) =>
    ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount ??
      0) > 0;
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    if (!(await exists(TEMPLATE))) {
      await admin.query(`CREATE DATABASE ${TEMPLATE}_building`);
      await runMigrations(withDatabase(adminUrl(), `${TEMPLATE}_building`));
      await admin.query(`ALTER DATABASE ${TEMPLATE}_building RENAME TO ${TEMPLATE}`);
    }
    const template = filled ? `${TEMPLATE}_${filled.name}` : TEMPLATE;
    if (filled && !(await exists(template))) {
      await admin.query(`CREATE DATABASE ${template}_building TEMPLATE ${TEMPLATE}`);
      await filled.fill(withDatabase(adminUrl(), `${template}_building`));
      await admin.query(`ALTER DATABASE ${template}_building RENAME TO ${template}`);
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
  const url = withDatabase(adminUrl(), name);
  return {
    url,
    drop: async () => {
      // A cluster thrown away after the run takes its databases with it. Dropping them one
      // by one while the suites run side by side left DROP DATABASE waiting for checkpoints
      // for minutes (docs/decisions.md, "Test databases go with their cluster").
      if (process.env.TEST_CLUSTER_DISPOSABLE === 'true') return;
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
