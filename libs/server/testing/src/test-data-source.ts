import { dataSourceOptions } from '@corebook/server/database';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { loadFixtureBank } from './fixture-bank';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface FixtureDataSource {
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A fresh database holding the fixture bank, opened with the given entities. */
export async function openFixtureDataSource(
  entities: DataSourceOptions['entities'] = [],
): Promise<FixtureDataSource> {
  const database: TestDatabase = await createTestDatabase();
  await loadFixtureBank(database.url);
  const dataSource = new DataSource({ ...dataSourceOptions(database.url, 4), entities });
  await dataSource.initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
