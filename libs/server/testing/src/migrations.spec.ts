import {
  DEFAULT_ASSIGNMENT_SETTINGS,
  DEFAULT_COMPLAINT_SETTINGS,
  DEFAULT_CONTACT_CYCLE_SETTINGS,
  DEFAULT_SATISFACTION_SETTINGS,
  DEFAULT_RANKING_SETTINGS,
  DEFAULT_TRAINING_SETTINGS,
} from '@corebook/domain';
import { dataSourceOptions, migrations } from '@corebook/server/database';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './test-database';

/** A fresh database with every migration applied, for the length of `check`. */
async function withMigratedDatabase(check: (dataSource: DataSource) => Promise<void>) {
  const database = await createTestDatabase();
  const dataSource = new DataSource(dataSourceOptions(database.url, 2));
  await dataSource.initialize();
  try {
    await check(dataSource);
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

describe('migrations', () => {
  it('every migration has a working down: all revert to an empty schema and re-apply', () =>
    withMigratedDatabase(async (dataSource) => {
      const tables = async () =>
        (
          await dataSource.query<{ table_name: string }[]>(
            `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
          )
        ).map((row) => row.table_name);
      const before = await tables();
      expect(before).toEqual(
        expect.arrayContaining([
          'audit_entries',
          'branches',
          'client_monthly_facts',
          'client_products',
          'clients',
          'regions',
          'relationship_managers',
          'users',
        ]),
      );
      for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration();
      expect(await tables()).toEqual([]);
      await dataSource.runMigrations();
      expect(await tables()).toEqual(before);
    }));
});

describe('settings defaults', () => {
  it("start a new bank with the domain's defaults, the one place they are defined", () =>
    withMigratedDatabase(async (dataSource) => {
      const rows = await dataSource.query<{ key: string; value: unknown }[]>(
        `SELECT key, value FROM settings ORDER BY key`,
      );
      expect(Object.fromEntries(rows.map((row) => [row.key, row.value]))).toEqual({
        assignment: DEFAULT_ASSIGNMENT_SETTINGS,
        complaints: DEFAULT_COMPLAINT_SETTINGS,
        ranking: DEFAULT_RANKING_SETTINGS,
        satisfaction: DEFAULT_SATISFACTION_SETTINGS,
        training: DEFAULT_TRAINING_SETTINGS,
      });
      // Contact cycles are effective-dated versions; the first holds the defaults.
      const cycles = await dataSource.query<{ value: unknown }[]>(
        `SELECT value FROM contact_cycle_versions ORDER BY version`,
      );
      expect(cycles).toEqual([{ value: DEFAULT_CONTACT_CYCLE_SETTINGS }]);
    }));
});

/** Undo migrations, newest first, up to and including the named one. */
async function undoThrough(dataSource: DataSource, name: string): Promise<void> {
  for (;;) {
    const [last] = await dataSource.query<{ name: string }[]>(
      `SELECT name FROM migrations ORDER BY id DESC LIMIT 1`,
    );
    await dataSource.undoLastMigration();
    if (last.name === name) return;
  }
}

describe('KeepAssignmentsAsLog', () => {
  it('turns assignment periods into the log, with a pool row where a period ended alone, and back', () =>
    withMigratedDatabase(async (dataSource) => {
      await undoThrough(dataSource, 'KeepAssignmentsAsLog1795300007000');
      await dataSource.query(`INSERT INTO regions (id, code, name) VALUES (1, 'R', 'Region')`);
      await dataSource.query(
        `INSERT INTO branches (id, code, name, region_id) VALUES (1, 'B001', 'Riverside', 1)`,
      );
      await dataSource.query(`
      INSERT INTO relationship_managers (id, employee_no, name, branch_id, grade, core_capacity, hire_date, status) VALUES
        (1, 'E1', 'Liu Yang', 1, 'SENIOR', 100, '2020-01-01', 'ACTIVE'),
        (2, 'E2', 'Sun Mei', 1, 'SENIOR', 100, '2020-01-01', 'ACTIVE')`);
      await dataSource.query(`
      INSERT INTO clients (id, client_no, name, kind, branch_id, opened_on, risk_rating, manager_id) VALUES
        (1, 'C1', 'Moved', 'INDIVIDUAL', 1, '2020-01-01', 'R1', 2),
        (2, 'C2', 'Released', 'INDIVIDUAL', 1, '2020-01-01', 'R1', NULL),
        (3, 'C3', 'Pooled, then given again', 'INDIVIDUAL', 1, '2020-01-01', 'R1', 2),
        (4, 'C4', 'Never served', 'INDIVIDUAL', 1, '2020-01-01', 'R1', NULL)`);
      await dataSource.query(`
      INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, start_reason, start_note, ended_at, end_reason, end_note) VALUES
        (1, 1, 1, '2026-01-01Z', 'INITIAL', NULL, '2026-03-01Z', 'BALANCE', NULL),
        (2, 1, 1, '2026-01-01Z', 'INITIAL', NULL, '2026-03-01Z', 'NOT_CORE', NULL),
        (3, 1, 1, '2026-01-01Z', 'INITIAL', NULL, '2026-02-01Z', 'MANUAL', 'Client asked'),
        (1, 2, 1, '2026-03-01Z', 'BALANCE', NULL, NULL, NULL, NULL),
        (3, 2, 1, '2026-04-01Z', 'MANUAL', 'Back with an RM', NULL, NULL, NULL)`);
      await dataSource.runMigrations();

      const log = await dataSource.query(
        `SELECT client_id::int AS client, manager_id AS manager, started_at::date::text AS "on", start_reason AS reason, start_note AS note
       FROM client_assignments ORDER BY client_id, id`,
      );
      expect(log).toEqual([
        { client: 1, manager: 1, on: '2026-01-01', reason: 'INITIAL', note: null },
        { client: 1, manager: 2, on: '2026-03-01', reason: 'BALANCE', note: null },
        { client: 2, manager: 1, on: '2026-01-01', reason: 'INITIAL', note: null },
        { client: 2, manager: null, on: '2026-03-01', reason: 'NOT_CORE', note: null },
        { client: 3, manager: 1, on: '2026-01-01', reason: 'INITIAL', note: null },
        { client: 3, manager: null, on: '2026-02-01', reason: 'MANUAL', note: 'Client asked' },
        { client: 3, manager: 2, on: '2026-04-01', reason: 'MANUAL', note: 'Back with an RM' },
      ]);
      const current = await dataSource.query(
        `SELECT client_id::int AS client, manager_id AS manager FROM current_assignments ORDER BY client_id`,
      );
      expect(current).toEqual([
        { client: 1, manager: 2 },
        { client: 2, manager: null },
        { client: 3, manager: 2 },
      ]);
      // New rows continue after the converted ones.
      await dataSource.query(
        `INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, start_reason) VALUES (4, 1, 1, now(), 'CORE')`,
      );

      await undoThrough(dataSource, 'KeepAssignmentsAsLog1795300007000');
      const periods = await dataSource.query(
        `SELECT client_id::int AS client, manager_id AS manager, ended_at::date::text AS "endedOn", end_reason AS "endReason"
       FROM client_assignments ORDER BY client_id, id`,
      );
      expect(periods).toEqual([
        { client: 1, manager: 1, endedOn: '2026-03-01', endReason: 'BALANCE' },
        { client: 1, manager: 2, endedOn: null, endReason: null },
        { client: 2, manager: 1, endedOn: '2026-03-01', endReason: 'NOT_CORE' },
        { client: 3, manager: 1, endedOn: '2026-02-01', endReason: 'MANUAL' },
        { client: 3, manager: 2, endedOn: null, endReason: null },
        { client: 4, manager: 1, endedOn: null, endReason: null },
      ]);
      const books = await dataSource.query(
        `SELECT id::int AS client, manager_id AS manager FROM clients ORDER BY id`,
      );
      expect(books).toEqual([
        { client: 1, manager: 2 },
        { client: 2, manager: null },
        { client: 3, manager: 2 },
        { client: 4, manager: 1 },
      ]);
    }));
});

describe('CreateClientProductTypes', () => {
  it('counts the writes that change which products a client holds, and not balance updates', () =>
    withMigratedDatabase(async (dataSource) => {
      await dataSource.query(`INSERT INTO regions (id, code, name) VALUES (1, 'R', 'Region')`);
      await dataSource.query(
        `INSERT INTO branches (id, code, name, region_id) VALUES (1, 'B001', 'Riverside', 1)`,
      );
      await dataSource.query(`
      INSERT INTO clients (id, client_no, name, kind, branch_id, opened_on, risk_rating)
      SELECT n, 'C' || n, 'Client ' || n, 'INDIVIDUAL', 1, '2020-01-01', 'R1' FROM generate_series(1, 2) n`);
      const changes = async () =>
        Number(
          (
            await dataSource.query<{ changes: string }[]>(
              `SELECT changes FROM client_products_changes`,
            )
          )[0].changes,
        );
      const counted = async (sql: string) => {
        const before = await changes();
        await dataSource.query(sql);
        return (await changes()) - before;
      };
      expect(
        await counted(
          `INSERT INTO client_products (client_id, product_type, product_name, account_no, opened_on) VALUES
           (1, 'DEPOSIT', 'Savings', 'A1', '2021-01-01'), (1, 'CARD', 'Card', 'A2', '2021-01-01')`,
        ),
      ).toBe(1);
      expect(
        await counted(`UPDATE client_products SET status = 'CLOSED' WHERE account_no = 'A1'`),
      ).toBe(1);
      expect(
        await counted(`UPDATE client_products SET client_id = 2 WHERE account_no = 'A2'`),
      ).toBe(1);
      expect(
        await counted(`UPDATE client_products SET product_type = 'LOAN' WHERE account_no = 'A2'`),
      ).toBe(1);
      expect(await counted(`UPDATE client_products SET balance = balance + 100`)).toBe(0);
      expect(await counted(`DELETE FROM client_products WHERE account_no = 'A1'`)).toBe(1);
      expect(await counted(`TRUNCATE client_products`)).toBe(1);
    }));
});
