import { dataSourceOptions, migrations } from '@corebook/server/database';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './test-database';

describe('migrations', () => {
  it('every migration has a working down: all revert to an empty schema and re-apply', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url, 2));
    await dataSource.initialize();
    try {
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
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
