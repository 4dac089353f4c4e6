import { openFixtureDataSource, type FixtureDataSource } from '@corebook/server/testing';
import { AuditEntryEntity } from './audit.entity';
import { AuditService } from './audit.service';

// Each test keeps to its own entity ids, so the entries of one do not show in another.
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
          operation: 'updateTrainingActivity',
          entityType: 'TrainingActivity',
          entityId: 'kept',
          before: { a: 1 },
          after: { a: 2 },
        },
        manager,
      ),
    );
    await expect(
      fixture.dataSource.transaction(async (manager) => {
        await audit.record(
          { operation: 'createTrainingActivity', entityType: 'TrainingActivity', entityId: 'kept' },
          manager,
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const entries = await audit.list({ entityType: 'TrainingActivity', entityId: 'kept' }, 10);
    expect(entries.map((entry) => entry.operation)).toEqual(['updateTrainingActivity']);
    expect(entries[0]).toMatchObject({
      actorUsername: 'admin',
      entityId: 'kept',
      outcome: 'OK',
      before: { a: 1 },
      after: { a: 2 },
    });
  });

  it('filters by outcome, user and time, newest first, and pages by id', async () => {
    for (const operation of ['client', 'clients', 'branches'] as const) {
      await audit.record({
        actor: { userId: 5, username: 'rm1' },
        operation,
        entityType: 'GraphQL',
        entityId: 'paging',
        outcome: 'REFUSED',
      });
    }
    const refused = await audit.list(
      { entityId: 'paging', outcome: 'REFUSED', actorUsername: 'rm1' },
      2,
    );
    expect(refused.map((entry) => entry.operation)).toEqual(['branches', 'clients']);
    const rest = await audit.list({ entityId: 'paging' }, 2, refused[1].id);
    expect(rest.map((entry) => entry.operation)).toEqual(['client']);
    expect(
      await audit.list({ entityId: 'paging', from: new Date(Date.now() + 60_000) }, 10),
    ).toEqual([]);
  });

  it('offers each operation and object type the log holds once, sorted', async () => {
    for (let i = 0; i < 3; i++)
      await audit.record({ operation: 'login', entityType: 'User', entityId: 'choices' });
    expect(await audit.choices()).toEqual({
      operations: ['branches', 'client', 'clients', 'login', 'updateTrainingActivity'],
      entityTypes: ['GraphQL', 'TrainingActivity', 'User'],
    });
  });

  it('detached entries are all written before shutdown completes', async () => {
    for (let i = 0; i < 5; i++)
      audit.recordDetached(
        { operation: 'logout', entityType: 'User', entityId: 'shutdown' },
        () => undefined,
      );
    await audit.onApplicationShutdown();
    expect(await audit.list({ entityId: 'shutdown' }, 10)).toHaveLength(5);
  });
});
