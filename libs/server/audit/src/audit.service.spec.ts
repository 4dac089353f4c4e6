import { openFixtureDataSource, type FixtureDataSource } from '@corebook/server/testing';
import { AuditEntryEntity } from './audit.entity';
import { AuditService } from './audit.service';

describe('the audit log', () => {
  let fixture: FixtureDataSource;
  let audit: AuditService;
  beforeAll(async () => {
    fixture = await openFixtureDataSource([AuditEntryEntity]);
    audit = new AuditService(fixture.dataSource);
  });
  afterAll(() => fixture.close());

  it('commits an entry with its change and loses it when the change rolls back', async () => {
    await fixture.dataSource.transaction((manager) =>
      audit.record(
        {
          actor: { userId: 1, username: 'admin' },
          operation: 'kept',
          entityType: 'Test',
          entityId: 1,
          before: { a: 1 },
          after: { a: 2 },
        },
        manager,
      ),
    );
    await expect(
      fixture.dataSource.transaction(async (manager) => {
        await audit.record({ operation: 'rolledBack', entityType: 'Test' }, manager);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const entries = await audit.list({ entityType: 'Test' }, 10);
    expect(entries.map((entry) => entry.operation)).toEqual(['kept']);
    expect(entries[0]).toMatchObject({
      actorUsername: 'admin',
      entityId: '1',
      outcome: 'OK',
      before: { a: 1 },
      after: { a: 2 },
    });
  });

  it('filters by outcome, user and time, newest first, and pages by id', async () => {
    for (const operation of ['one', 'two', 'three']) {
      await audit.record({
        actor: { userId: 5, username: 'rm1' },
        operation,
        entityType: 'Paging',
        outcome: 'REFUSED',
      });
    }
    const refused = await audit.list(
      { entityType: 'Paging', outcome: 'REFUSED', actorUsername: 'rm1' },
      2,
    );
    expect(refused.map((entry) => entry.operation)).toEqual(['three', 'two']);
    const rest = await audit.list({ entityType: 'Paging' }, 2, refused[1].id);
    expect(rest.map((entry) => entry.operation)).toEqual(['one']);
    expect(
      await audit.list({ entityType: 'Paging', from: new Date(Date.now() + 60_000) }, 10),
    ).toEqual([]);
  });

  it('detached entries are all written before shutdown completes', async () => {
    for (let i = 0; i < 5; i++)
      audit.recordDetached({ operation: 'detached', entityType: 'Shutdown' }, () => undefined);
    await audit.onApplicationShutdown();
    expect(await audit.list({ entityType: 'Shutdown' }, 10)).toHaveLength(5);
  });
});
