import type { Actor } from '@corebook/domain';
import {
  FIXTURE_ACTORS,
  openFixtureDataSource,
  type FixtureDataSource,
} from '@corebook/server/testing';
import { orgEntities } from './org.entities';
import { OrgService } from './org.service';

const { rm1, head1, head2, hr, admin } = FIXTURE_ACTORS;

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

  describe('the paged RM list (RM postings)', () => {
    const employeeNos = async (
      actor: Actor,
      filter: Parameters<OrgService['managerPage']>[1] = {},
      first = 50,
    ) => (await org.managerPage(actor, filter, first, null)).edges.map((e) => e.node.employeeNo);

    it('pages HR through every branch by branch and name, with the total', async () => {
      const first = await org.managerPage(hr, {}, 2, null);
      expect(first.edges.map((e) => e.node.employeeNo)).toEqual(['E001', 'E002']);
      expect(first.hasNextPage).toBe(true);
      const second = await org.managerPage(hr, {}, 2, first.edges[1].cursor);
      expect(second.edges.map((e) => e.node.employeeNo)).toEqual(['E003']);
      expect(second.hasNextPage).toBe(false);
      expect(await org.managerCount(hr, {})).toBe(3);
      expect(second.edges[0].node).toMatchObject({
        name: 'Zhou Jie',
        branchId: 2,
        grade: 'INTERMEDIATE',
        coreCapacity: 120,
        hireDate: '2020-01-15',
        contractEndDate: '2027-01-14',
        status: 'ACTIVE',
        version: expect.any(Number),
      });
    });

    it('filters by branch, status and name or employee number', async () => {
      expect(await employeeNos(admin, { branchId: 1 })).toEqual(['E001', 'E002']);
      expect(await employeeNos(hr, { status: 'PROBATION' })).toEqual(['E002']);
      expect(await employeeNos(hr, { search: 'zhou' })).toEqual(['E003']);
      expect(await employeeNos(hr, { search: 'e00' })).toEqual(['E001', 'E002', 'E003']);
      // Only the start of the employee number matches; LIKE wildcards are taken literally.
      expect(await employeeNos(hr, { search: '003' })).toEqual([]);
      expect(await employeeNos(hr, { search: '%' })).toEqual([]);
      expect(await org.managerCount(hr, { branchId: 1, status: 'ACTIVE' })).toBe(1);
    });

    it('keeps a branch head to the branch and an RM to themself', async () => {
      expect(await employeeNos(head1)).toEqual(['E001', 'E002']);
      expect(await employeeNos(head1, { branchId: 1, search: 'sun' })).toEqual(['E002']);
      await expect(org.managerPage(head1, { branchId: 2 }, 50, null)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await employeeNos(rm1, { branchId: 2 })).toEqual([]);
      expect(await employeeNos(rm1)).toEqual(['E001']);
      expect(await org.managerCount(rm1, {})).toBe(1);
    });

    it('refuses a cursor it did not make', async () => {
      await expect(org.managerPage(hr, {}, 10, 'bm9wZQ')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });
  });
});
