import type { Actor } from '@corebook/domain';
import { CorebookError } from '@corebook/server/common';
import {
  FIXTURE,
  FIXTURE_ACTORS,
  openFixtureDataSource,
  type FixtureDataSource,
} from '@corebook/server/testing';
import { AccessService } from './access.service';

const actors: Record<string, Actor> = FIXTURE_ACTORS;

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ALLOWED';
  } catch (error) {
    return (error as CorebookError).code;
  }
};

describe('the access gate', () => {
  let fixture: FixtureDataSource;
  let access: AccessService;
  beforeAll(async () => {
    fixture = await openFixtureDataSource();
    access = new AccessService(fixture.dataSource);
  });
  afterAll(() => fixture.close());

  const visible = async (actor: Actor) => {
    const params: unknown[] = [];
    const condition = access.clientScopeCondition(actor, 'c', params);
    const rows = await fixture.dataSource.query<{ id: string }[]>(
      `SELECT c.id::text AS id FROM clients c WHERE ${condition} ORDER BY c.id`,
      params,
    );
    return rows.map((row) => row.id);
  };

  it('limits client queries to the book, the branch, the bank, or nothing', async () => {
    const { wang, li, zhang, chen, zhao } = FIXTURE.clients;
    expect(await visible(actors.rm1)).toEqual([wang, li]);
    expect(await visible(actors.head1)).toEqual([wang, li, zhang, zhao]);
    expect(await visible(actors.admin)).toEqual([wang, li, zhang, chen, zhao]);
    expect(await visible(actors.hr)).toEqual([]);
  });

  it('refuses single ids outside the scope, and says NOT_FOUND for ids that do not exist', async () => {
    const { wang, zhang, chen } = FIXTURE.clients;
    expect(await codeOf(access.requireClientAccess(actors.rm1, [wang]))).toBe('ALLOWED');
    expect(await codeOf(access.requireClientAccess(actors.rm1, [wang, zhang]))).toBe('FORBIDDEN');
    expect(await codeOf(access.requireClientAccess(actors.head1, [chen]))).toBe('FORBIDDEN');
    expect(await codeOf(access.requireClientAccess(actors.hr, [wang]))).toBe('FORBIDDEN');
    expect(await codeOf(access.requireClientAccess(actors.admin, ['424242']))).toBe('NOT_FOUND');
    expect(
      await codeOf(access.requireClientAccess(actors.admin, ["1'; DROP TABLE clients; --"])),
    ).toBe('NOT_FOUND');
  });
});
