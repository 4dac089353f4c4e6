import { hash } from 'argon2';
import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import {
  DEFAULT_TRAINING_SETTINGS,
  auditDetailText,
  type AuditDetailCode,
  type AuditEntityType,
  type AuditOperation,
  type TrainingSettings,
} from '@corebook/domain';
import { bankToday } from '@corebook/server/common';
import { Client } from 'pg';
import { assignBranch, emptyBookPlan, measureBranch } from './book-plan';
import { CLIENT_TABLES, copyIn, dropDeferrable, truncateForFreeze } from './bulk-load';
import { parseIsoDay, Timeline } from './calendar';
import { ClientModel } from './client-model';
import { DEMO_PASSWORD } from './demo-logins';
import { buildOrganisation } from './organisation';
import {
  bookRows,
  clientRows,
  COPY_SQL,
  factRows,
  organisationRows,
  productRows,
  type SeedContext,
} from './rows';
import { loadServicing, SERVICING_TABLES } from './servicing-load';
import { emptyCounts, type SeedCounts, type SeedOptions, type SeedSummary } from './seed-summary';
import { DEFAULT_AS_OF, SEED_SIZES } from './sizes';
import {
  activityRows,
  buildCatalogue,
  buildTrainingRecords,
  recordRows,
  TRAINING_COPY_SQL,
} from './training';

const SEED_LOCK = 4_242_017;
const CLIENT_BATCH = 2_000;
const FACT_BATCH = 500;
const TRAINING_BATCH = 5_000;

/**
 * Load a deterministic demo bank of the given size with COPY, in one transaction on one
 * connection: the same seed and dates give the same bank. Idempotent: a database that
 * already has a branch is left untouched, except that a bank with no contact and no cycle
 * yet (seeded before the contact log existed) gets its contact history.
 */
export async function seedBank(databaseUrl: string, options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0x7fffffff)
    throw new Error(`seed must be an integer from 0 to 2147483647, got ${seed}`);
  const spec = SEED_SIZES[options.size];
  if (!spec) throw new Error(`unknown seed size "${String(options.size)}"`);
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const timeline = new Timeline(asOf);
  const contactsUntil = options.contactsUntil ?? bankToday();
  parseIsoDay(contactsUntil);
  const progress = options.onProgress ?? (() => undefined);
  const summary: SeedSummary = {
    skipped: false,
    contactsAdded: false,
    size: options.size,
    seed,
    asOf,
    contactsUntil,
    counts: emptyCounts(),
    phases: [],
    elapsedMs: 0,
  };

  const client = new Client({ connectionString: databaseUrl, application_name: 'corebook-seed' });
  await client.connect();
  try {
    await client.query('BEGIN');
    // One seeder at a time; the second one then sees the first one's branches and skips.
    await client.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const { rows } = await client.query<{ present: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM branches) AS present',
    );
    // The load is all-or-nothing anyway; losing the last commit on a crash only means re-running.
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    const phase = async (name: string, work: () => Promise<number>): Promise<void> => {
      const t0 = performance.now();
      const rowCount = await work();
      summary.phases.push({ phase: name, rows: rowCount, ms: Math.round(performance.now() - t0) });
    };
    const contacts = () =>
      phase('contacts', async () => {
        const loaded = await loadServicing(client, seed, contactsUntil, (done, total) =>
          progress('contacts', done, total),
        );
        Object.assign(summary.counts, {
          contacts: loaded.contacts,
          plannedContacts: loaded.plannedContacts,
          clientCycles: loaded.clientCycles,
          clientCycleLog: loaded.cycleLog,
        });
        return loaded.contacts + loaded.clientCycles + loaded.cycleLog;
      });

    if (rows[0].present) {
      summary.skipped = true;
      const serviced = await client.query<{ present: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM contacts) OR EXISTS (SELECT 1 FROM client_cycles) AS present',
      );
      if (serviced.rows[0].present) {
        await client.query('ROLLBACK');
        await client.end();
        summary.elapsedMs = Math.round(performance.now() - started);
        return summary;
      }
      await contacts();
      await recordSeeding(client, 'CONTACTS_SEEDED', summary.counts, {
        seed,
        contactsUntil,
        contacts: summary.counts.contacts,
      });
      await client.query('COMMIT');
      summary.contactsAdded = true;
      try {
        await analyze(client, SERVICING_TABLES, summary, progress);
      } finally {
        await client.end();
      }
      summary.elapsedMs = Math.round(performance.now() - started);
      return summary;
    }

    // Every seeded user shares one password: hash it once (argon2 is slow on purpose),
    // with a salt from the seed so the same seed gives the same rows.
    const salt = createHash('sha256').update(`corebook-seed-${seed}`).digest().subarray(0, 16);
    const passwordHash = await hash(DEMO_PASSWORD, { salt });
    const org = buildOrganisation(spec, seed, timeline, options.size === 'demo');
    const counts = summary.counts;

    const freeze = await truncateForFreeze(client, CLIENT_TABLES);
    const deferred = await dropDeferrable(client, CLIENT_TABLES);
    const withFreeze = (sql: string) => (freeze ? `${sql} WITH (FREEZE)` : sql);

    await phase('organisation', async () => {
      const orgRows = organisationRows(org, timeline, passwordHash);
      await copyIn(client, COPY_SQL.regions, [orgRows.regions]);
      await copyIn(client, COPY_SQL.branches, [orgRows.branches]);
      await copyIn(client, COPY_SQL.relationshipManagers, [orgRows.relationshipManagers]);
      await copyIn(client, COPY_SQL.users, [orgRows.users]);
      counts.regions = org.regions.length;
      counts.branches = org.branches.length;
      counts.relationshipManagers = org.managers.length;
      counts.users = org.users.length;
      progress('organisation', 1, 1);
      return counts.regions + counts.branches + counts.relationshipManagers + counts.users;
    });

    const model = new ClientModel(timeline, seed);
    const plan = emptyBookPlan(spec.clients);
    await phase('plan', async () => {
      let done = 0;
      for (const branch of org.branches) {
        measureBranch(branch, model, plan);
        assignBranch(branch, seed, plan);
        done += branch.clientCount;
        progress('plan', done, spec.clients);
        await yieldToEventLoop();
      }
      return spec.clients;
    });

    const ctx: SeedContext = { seed, timeline, org, plan, model };
    const clientProgress = (name: string) => {
      let done = 0;
      return (clients: number) => {
        done += clients;
        progress(name, done, spec.clients);
      };
    };
    await phase('clients', async () => {
      await copyIn(
        client,
        withFreeze(COPY_SQL.clients),
        clientRows(ctx, CLIENT_BATCH, clientProgress('clients')),
      );
      counts.clients = spec.clients;
      return counts.clients;
    });
    await phase('products', async () => {
      const count = (rowsInBatch: number) => (counts.clientProducts += rowsInBatch);
      await copyIn(
        client,
        withFreeze(COPY_SQL.clientProducts),
        productRows(ctx, CLIENT_BATCH, clientProgress('products'), count),
      );
      return counts.clientProducts;
    });
    await phase('facts', async () => {
      let done = 0;
      const onBatch = (rowsInBatch: number) => {
        done += rowsInBatch;
        progress('facts', done, plan.factRows);
      };
      await copyIn(
        client,
        withFreeze(COPY_SQL.clientMonthlyFacts),
        factRows(ctx, FACT_BATCH, onBatch),
      );
      counts.clientMonthlyFacts = plan.factRows;
      return counts.clientMonthlyFacts;
    });

    await phase('books', async () => {
      // The months of facts now loaded, and the current books (one assignment row per client with an RM).
      await client.query(`INSERT INTO fact_months (month) SELECT unnest($1::date[])`, [
        timeline.monthText,
      ]);
      await client.query(
        `CREATE TEMP TABLE seed_books (client_id bigint, manager_id integer) ON COMMIT DROP`,
      );
      await copyIn(client, COPY_SQL.seedBooks, bookRows(ctx, CLIENT_BATCH));
      const opened = await client.query(
        `INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, start_reason)
         SELECT b.client_id, b.manager_id, c.branch_id, c.created_at, 'INITIAL'
         FROM seed_books b JOIN clients c ON c.id = b.client_id ORDER BY b.client_id`,
      );
      counts.clientAssignments = opened.rowCount ?? 0;
      return counts.clientAssignments;
    });

    await phase('training', async () => {
      // The rules of the bank being seeded: the migration inserts the 'training' setting.
      const setting = await client.query<{ value: TrainingSettings }>(
        `SELECT value FROM settings WHERE key = 'training'`,
      );
      const settings = setting.rows[0]?.value ?? DEFAULT_TRAINING_SETTINGS;
      const catalogue = buildCatalogue(seed, timeline);
      const hr = org.users.find((user) => user.role === 'HR');
      const records = buildTrainingRecords(
        seed,
        timeline,
        org,
        catalogue,
        settings,
        hr?.id ?? null,
      );
      await copyIn(client, TRAINING_COPY_SQL.activities, [activityRows(catalogue)]);
      let done = 0;
      await copyIn(
        client,
        TRAINING_COPY_SQL.records,
        recordRows(records, timeline, TRAINING_BATCH, (rowsInBatch) => {
          done += rowsInBatch;
          progress('training', done, records.length);
        }),
      );
      counts.trainingActivities = catalogue.length;
      counts.trainingRecords = records.length;
      return counts.trainingActivities + counts.trainingRecords;
    });

    await contacts();

    await phase('indexes', async () => {
      let done = 0;
      for (const item of deferred) {
        progress('indexes', done, deferred.length);
        await client.query(item.create);
        done++;
      }
      progress('indexes', done, deferred.length);
      // Rows were written with explicit ids: move the identity sequences past them.
      for (const table of [
        'regions',
        'branches',
        'relationship_managers',
        'users',
        'clients',
        'client_products',
        'training_activities',
        'training_records',
      ]) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM ${table}))`,
          [table],
        );
      }
      await recordSeeding(client, 'BANK_SEEDED', counts, {
        size: options.size,
        seed,
        asOf,
        contactsUntil,
      });
      await client.query('COMMIT');
      return 0;
    });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
    throw error;
  }

  try {
    await analyze(
      client,
      [
        'regions',
        'branches',
        'relationship_managers',
        'users',
        ...CLIENT_TABLES,
        'client_assignments',
        'training_activities',
        'training_records',
        ...SERVICING_TABLES,
      ],
      summary,
      progress,
    );
  } finally {
    await client.end();
  }
  summary.elapsedMs = Math.round(performance.now() - started);
  return summary;
}

/** The seeding in the audit log, named in the shared labels as every audited operation is. */
async function recordSeeding(
  client: Client,
  note: AuditDetailCode,
  counts: SeedCounts,
  values: Record<string, string | number>,
): Promise<void> {
  const operation: AuditOperation = 'seedBank';
  const entityType: AuditEntityType = 'Bank';
  await client.query(
    `INSERT INTO audit_entries (actor_username, operation, entity_type, outcome, after, detail, detail_code, detail_params)
     VALUES ('seed', $1, $2, 'OK', $3, $4, $5, $6)`,
    [
      operation,
      entityType,
      JSON.stringify(counts),
      auditDetailText('en', { detail: null, detailCode: note, detailParams: values }),
      note,
      JSON.stringify(values),
    ],
  );
}

/** Fresh planner statistics, so the first queries on a new bank do not guess. */
async function analyze(
  client: Client,
  tables: readonly string[],
  summary: SeedSummary,
  progress: (phase: string, done: number, total: number) => void,
): Promise<void> {
  const t0 = performance.now();
  for (const [k, table] of tables.entries()) {
    progress('analyze', k, tables.length);
    await client.query(`ANALYZE ${table}`);
  }
  progress('analyze', tables.length, tables.length);
  summary.phases.push({ phase: 'analyze', rows: 0, ms: Math.round(performance.now() - t0) });
}

/** The demo bank as a test database template (server/testing createTestDatabase): seeded once per run. */
export const DEMO_BANK = {
  name: 'demo',
  fill: (url: string) => seedBank(url, { size: 'demo' }),
} as const;
