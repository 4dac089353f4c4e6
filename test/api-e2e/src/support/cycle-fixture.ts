import { cycleSettingsInForce, refreshCycles } from '@corebook/server/contact-cycles';
import { dataSourceOptions } from '@corebook/server/database';
import { DataSource } from 'typeorm';

/**
 * Brings every client's contact cycle up to date with run `runId`, as a ranking run does for
 * the clients it changed (rankFixture writes a run's rows directly).
 */
export async function refreshFixtureCycles(url: string, runId: number): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, 1));
  await dataSource.initialize();
  try {
    await dataSource.transaction(async (manager) => {
      const clientIds = (
        await manager.query<{ id: string }[]>('SELECT id::text AS id FROM clients')
      ).map((row) => row.id);
      const { settings } = await cycleSettingsInForce(manager);
      await refreshCycles(manager, { kind: 'clients', clientIds }, runId, settings);
    });
  } finally {
    await dataSource.destroy();
  }
}
