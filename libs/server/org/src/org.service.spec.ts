import type { Actor } from '@corebook/domain';
import { openFixtureDataSource, type FixtureDataSource } from '@corebook/server/testing';
import { orgEntities } from './org.entities';
import { OrgService } from './org.service';

const rm1: Actor = { userId: 5, username: 'rm1', role: 'RM', branchId: 1, managerId: 1 };
const head2: Actor = {
  userId: 4,
  username: 'head2',
  role: 'BRANCH_HEAD',
  branchId: 2,
  managerId: null,
};
const hr: Actor = { userId: 2, username: 'hr', role: 'HR', branchId: null, managerId: null };

describe('organisation reads', () => {
  let fixture: FixtureDataSource;
  let org: OrgService;
  beforeAll(async () => {
    fixture = await openFixtureDataSource(orgEntities);
    org = new OrgService(fixture.dataSource);
  });
  afterAll(() => fixture.close());

  it('an RM lists only themself; a branch head only the branch; HR any branch', async () => {
    expect((await org.managers(rm1, null)).map((m) => m.employeeNo)).toEqual(['E001']);
    expect((await org.managers(head2, null)).map((m) => m.employeeNo)).toEqual(['E003']);
    await expect(org.managers(head2, 1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await org.managers(hr, 1)).map((m) => m.employeeNo).sort()).toEqual(['E001', 'E002']);
  });

  it('lists the caller’s branches and resolves batches by id', async () => {
    expect((await org.branches(rm1)).map((b) => b.code)).toEqual(['B001']);
    expect((await org.branches(hr)).map((b) => b.code)).toEqual(['B001', 'B002']);
    expect((await org.branchesByIds([2, 1])).map((b) => b.code).sort()).toEqual(['B001', 'B002']);
  });
});
