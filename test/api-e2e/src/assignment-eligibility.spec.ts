import { bankYear } from '@corebook/server/common';
import {
  APPLY,
  DISCARD,
  PLAN,
  PLAN_BOOKS,
  PLAN_ITEMS,
  RM,
  SETTINGS,
  UPDATE_SETTINGS,
  settingsInput,
  useAssignmentBank,
} from './support/assignment-bank';

describe('core-client assignment: who may hold core clients, and the settings that say so', () => {
  const { graphql, as, sql, codeOf, rank, auditOf } = useAssignmentBank({ ranked: false });

  it('refuses to plan before clients are ranked (CONFLICT: run ranking first)', async () => {
    const result = await graphql(PLAN, { b: 1 }, as('head1'));
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0].message).toMatch(/run ranking first/);
    expect(result.data).toBeNull();
  });

  describe('after a ranking run', () => {
    beforeAll(() => rank());

    it('without training points no RM is eligible: a bank-wide plan places nobody, and admin discards it', async () => {
      const planned = await graphql(PLAN, { b: null }, as('admin'));
      expect(planned.errors).toBeUndefined();
      const plan = planned.data!.planAssignment;
      expect(plan).toMatchObject({
        status: 'READY',
        progress: 100,
        trigger: 'MANUAL',
        branch: null,
      });
      expect(plan.statistics).toMatchObject({ keeps: 0, assigns: 0, moves: 0, unplaced: 10 });
      expect(plan.statistics.releases).toBe(1);

      const books = (await graphql(PLAN_BOOKS, { id: plan.id }, as('admin'))).data!.assignmentPlan;
      const reasons = Object.fromEntries(
        books.managers.map((m: any) => [m.manager.id, [m.eligible, m.ineligibleReason]]),
      );
      expect(reasons).toEqual({
        [RM.rm1]: [false, 'TRAINING_POINTS'],
        [RM.rm2]: [false, 'PROBATION'],
        [RM.rm3]: [false, 'TRAINING_POINTS'],
        [RM.wu]: [false, 'TRAINING_POINTS'],
        [RM.qian]: [false, 'TRAINING_POINTS'],
      });
      expect(
        books.branchBalances.map((b: any) => [b.branch.id, b.coreClients, b.unplaced]),
      ).toEqual([
        [1, 8, 8],
        [2, 2, 2],
      ]);

      // The diff of a whole-bank plan narrows to one branch.
      const branch2 = (await graphql(PLAN_ITEMS, { id: plan.id, f: { branchId: 2 } }, as('admin')))
        .data!.assignmentPlan.items;
      expect(branch2.edges.map(({ node }: any) => node.client.id).sort()).toEqual(['104', '112']);
      // Its counts narrow with it: the filters offer that branch's figures, not the bank's.
      const counts = async (branchId: number | null) =>
        (
          await graphql(
            `
              query ($id: Int!, $b: Int) {
                assignmentPlan(id: $id) {
                  itemCounts(branchId: $b) {
                    action
                    count
                  }
                }
              }
            `,
            { id: plan.id, b: branchId },
            as('admin'),
          )
        ).data!.assignmentPlan.itemCounts.reduce((sum: number, c: any) => sum + c.count, 0);
      expect(await counts(2)).toBe(2);
      expect(await counts(null)).toBe(plan.statistics.clients);
      // A branch the bank does not have, for the plan's counts and books: NOT_FOUND.
      for (const part of [
        'itemCounts(branchId: $b) { count }',
        'managers(branchId: $b) { capacity }',
      ]) {
        const unknown = await graphql(
          `query ($id: Int!, $b: Int) { assignmentPlan(id: $id) { ${part} } }`,
          { id: plan.id, b: 999 },
          as('admin'),
        );
        expect(codeOf(unknown)).toBe('NOT_FOUND');
      }

      const discarded = await graphql(DISCARD, { id: plan.id }, as('admin'));
      expect(discarded.data!.discardAssignmentPlan.status).toBe('DISCARDED');
      expect(codeOf(await graphql(APPLY, { id: plan.id }, as('admin')))).toBe('CONFLICT');
      // Nothing was applied: the books are as they were.
      expect(await sql(`SELECT manager_id FROM current_assignments WHERE client_id = 101`)).toEqual(
        [{ manager_id: RM.rm1 }],
      );
    });

    it("last year's training minimum keeps an RM eligible while this year's points build up", async () => {
      const lastYear = bankYear() - 1;
      const [{ id: activityId }] = await sql<{ id: number }>(
        `INSERT INTO training_activities (code, type, title, provider, starts_on, ends_on, points)
         VALUES ('ELIG-1', 'CENTRALISED', 'Wealth advisory', 'Head office', $1, $2, 25) RETURNING id`,
        [`${lastYear}-01-01`, `${lastYear}-12-31`],
      );
      await sql(
        `INSERT INTO training_records (manager_id, activity_id, completed_on, hours, points_awarded, source, created_by)
         VALUES ($1, $2, $3, 8, 25, 'MANUAL', 2)`,
        [RM.rm3, activityId, `${lastYear}-06-30`],
      );
      const planned = await graphql(PLAN, { b: 2 }, as('admin'));
      expect(planned.errors).toBeUndefined();
      const books = (
        await graphql(PLAN_BOOKS, { id: planned.data!.planAssignment.id }, as('admin'))
      ).data!.assignmentPlan;
      const rm3 = books.managers.find((m: any) => m.manager.id === RM.rm3);
      expect([rm3.eligible, rm3.ineligibleReason, rm3.clientsAfter]).toEqual([true, null, 2]);
      // The RM list says the same to those who assign books or keep postings; not to RMs.
      // The training file says the same, and on which year's points: last year's, while this
      // year's are below the minimum (no records this year).
      const FILE_STANDING = `query ($m: Int!, $y: Int!) { trainingFile(managerId: $m, year: $y) {
        earned coreClientStanding { eligible ineligibility pointsYear minimumPoints } } }`;
      for (const user of ['hr', 'head2', 'rm3']) {
        const file = (await graphql(FILE_STANDING, { m: RM.rm3, y: lastYear + 1 }, as(user))).data!
          .trainingFile;
        expect(file).toEqual({
          earned: '0.0',
          coreClientStanding: {
            eligible: true,
            ineligibility: null,
            pointsYear: lastYear,
            minimumPoints: 20,
          },
        });
      }
      const below = (await graphql(FILE_STANDING, { m: RM.rm1, y: lastYear + 1 }, as('head1')))
        .data!.trainingFile.coreClientStanding;
      expect(below).toEqual({
        eligible: false,
        ineligibility: 'TRAINING_POINTS',
        pointsYear: null,
        minimumPoints: 20,
      });
      // The branch's overview says for every RM what the RM list says.
      const overview = (
        await graphql(
          `
            query ($y: Int!) {
              trainingOverview(year: $y, branchId: 1) {
                manager {
                  id
                }
                coreClientStanding {
                  ineligibility
                }
              }
            }
          `,
          { y: lastYear + 1 },
          as('head1'),
        )
      ).data!.trainingOverview.map((file: any) => [
        file.manager.id,
        file.coreClientStanding.ineligibility,
      ]);
      const listed = (
        await graphql(
          `
            query {
              relationshipManagers(branchId: 1) {
                id
                status
                coreClientIneligibility
              }
            }
          `,
          {},
          as('head1'),
        )
      ).data!.relationshipManagers.filter((m: any) => m.status !== 'LEFT');
      expect(overview.sort()).toEqual(
        listed.map((m: any) => [m.id, m.coreClientIneligibility]).sort(),
      );
      const STANDING = `query ($b: Int) { relationshipManagers(branchId: $b) { id coreClientIneligibility } }`;
      for (const user of ['admin', 'head2', 'hr']) {
        const listed = (await graphql(STANDING, { b: 2 }, as(user))).data!.relationshipManagers;
        expect(listed.find((m: any) => m.id === RM.rm3)).toEqual({
          id: RM.rm3,
          coreClientIneligibility: null,
        });
      }
      const branch1 = (await graphql(STANDING, { b: 1 }, as('admin'))).data!.relationshipManagers;
      expect(branch1.find((m: any) => m.id === RM.rm2).coreClientIneligibility).toBe('PROBATION');
      expect(branch1.find((m: any) => m.id === RM.rm1).coreClientIneligibility).toBe(
        'TRAINING_POINTS',
      );
      expect(codeOf(await graphql(STANDING, { b: 1 }, as('rm1')))).toBe('FORBIDDEN');
      // How many core clients each RM holds, against capacity: for the reassign list.
      const HELD = `query ($b: Int) { relationshipManagers(branchId: $b) { id coreClientsHeld } }`;
      const held = (await graphql(HELD, { b: 1 }, as('head1'))).data!.relationshipManagers;
      const counted = await sql(
        `SELECT m.id, count(r.client_id)::int AS "coreClientsHeld"
         FROM relationship_managers m
         LEFT JOIN current_assignments c ON c.manager_id = m.id
         LEFT JOIN client_rankings r ON r.client_id = c.client_id AND r.core
           AND r.run_id = (SELECT max(id) FROM ranking_runs WHERE status = 'COMPLETED')
         WHERE m.branch_id = 1 GROUP BY m.id`,
      );
      expect(held).toEqual(expect.arrayContaining(counted));
      expect(held).toHaveLength(counted.length);
      expect(counted.some((row: any) => row.coreClientsHeld > 0)).toBe(true);
      expect(codeOf(await graphql(HELD, { b: 1 }, as('rm1')))).toBe('FORBIDDEN');
      const colleagues = `query ($b: Int) { relationshipManagers(branchId: $b) { id name } }`;
      expect((await graphql(colleagues, { b: 1 }, as('rm1'))).errors).toBeUndefined();

      // The record is voided after planning: the plan would give core clients to an RM who
      // no longer holds the minimum, so applying it is refused as stale.
      const bookOfRm3 = `SELECT array_agg(client_id ORDER BY client_id) AS book FROM current_assignments WHERE manager_id = $1`;
      const bookBefore = await sql(bookOfRm3, [RM.rm3]);
      await sql(
        `UPDATE training_records SET status = 'VOIDED', void_reason = 'test' WHERE activity_id = $1`,
        [activityId],
      );
      const stale = await graphql(APPLY, { id: planned.data!.planAssignment.id }, as('admin'));
      expect(stale.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'RM_INELIGIBLE',
        managerIds: [RM.rm3],
      });
      // Nothing was applied: rm3's book is as it was.
      expect(await sql(bookOfRm3, [RM.rm3])).toEqual(bookBefore);
      await graphql(DISCARD, { id: planned.data!.planAssignment.id }, as('admin'));
    });

    it('assignment settings: branch heads read them, only admin changes them, field-named errors and stale versions refused', async () => {
      const read = await graphql(SETTINGS, {}, as('head1'));
      expect(read.data!.assignmentSettings).toMatchObject({
        requireTrainingMinimum: true,
        allowProbation: false,
        version: 1,
      });
      for (const user of ['rm1', 'hr']) {
        const refused = await graphql(SETTINGS, {}, as(user));
        expect(codeOf(refused)).toBe('FORBIDDEN');
        expect(refused.data).toBeNull();
      }
      for (const user of ['head1', 'rm1', 'hr']) {
        const refused = await graphql(
          UPDATE_SETTINGS,
          { input: settingsInput({ requireTrainingMinimum: false }), v: 1 },
          as(user),
        );
        expect(codeOf(refused)).toBe('FORBIDDEN');
        expect(refused.data).toBeNull();
      }
      const badTolerance = await graphql(
        UPDATE_SETTINGS,
        { input: settingsInput({ balanceTolerance: 0.5 }), v: 1 },
        as('admin'),
      );
      expect(badTolerance.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'balanceTolerance',
      });
      const badTier = await graphql(
        UPDATE_SETTINGS,
        {
          input: settingsInput({
            workloadByTier: [
              { tier: 'PLATINUM', workload: 3 },
              { tier: 'GOLD', workload: 2 },
              { tier: 'SILVER', workload: 1 },
            ],
          }),
          v: 1,
        },
        as('admin'),
      );
      expect(badTier.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'workloadByTier.BRONZE',
      });

      // The demo has no training records yet: plan on posting alone. A plan made under the
      // old settings is stale once they change.
      const before = (await graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment;
      const updated = await graphql(
        UPDATE_SETTINGS,
        { input: settingsInput({ requireTrainingMinimum: false }), v: 1 },
        as('admin'),
      );
      expect(updated.data!.updateAssignmentSettings).toEqual({
        requireTrainingMinimum: false,
        version: 2,
      });
      const staleSettings = await graphql(APPLY, { id: before.id }, as('head1'));
      expect(staleSettings.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'SETTINGS_CHANGED',
      });
      const stale = await graphql(
        UPDATE_SETTINGS,
        { input: settingsInput({ allowProbation: true }), v: 1 },
        as('admin'),
      );
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(await auditOf('updateAssignmentSettings')).toHaveLength(1);
    });
  });
});
