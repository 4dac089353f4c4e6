import {
  APPLY,
  HISTORY,
  PLAN,
  PLAN_STATUS,
  REASSIGN,
  REASSIGN_SEEN,
  RM,
  useAssignmentBank,
} from './support/assignment-bank';

describe('core-client assignment: reassigning a client by hand', () => {
  const { graphql, as, sql, codeOf, applyBranch1Plan, auditOf } = useAssignmentBank({
    trainingMinimum: false,
  });

  let firstPlan: number;
  beforeAll(async () => {
    firstPlan = await applyBranch1Plan();
  });

  it('reassignClient moves a client with a reason; the history says who and why; an older plan of the branch becomes stale', async () => {
    const older = (await graphql(PLAN, { b: 1 }, as('head1'))).data!.planAssignment.id;
    const [{ manager_id: before }] = await sql(
      `SELECT (SELECT manager_id FROM current_assignments WHERE client_id = 109) AS manager_id`,
    );
    const reason = '  Knows the family business well  ';
    const moved = await graphql(
      REASSIGN,
      { c: '109', m: RM.rm1, code: 'SERVICE_QUALITY', r: reason },
      as('head1'),
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.reassignClient).toEqual({ id: '109', manager: { id: RM.rm1 } });

    const history = (await graphql(HISTORY, { c: '109' }, as('head1'))).data!.assignmentHistory;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      manager: { id: RM.rm1 },
      endedAt: null,
      startedByName: 'Head of Riverside',
      startReason: 'MANUAL',
      startReasonCode: 'SERVICE_QUALITY',
      startNote: 'Knows the family business well',
      planId: null,
    });
    expect(history[1]).toMatchObject({
      manager: { id: before },
      startReason: 'NEW_CORE_CLIENT',
      planId: firstPlan,
      endedByName: 'Head of Riverside',
      startReasonCode: null,
      endReason: 'MANUAL',
      endReasonCode: 'SERVICE_QUALITY',
      endNote: 'Knows the family business well',
    });
    expect(Date.parse(history[1].endedAt)).toBe(Date.parse(history[0].startedAt));
    // The client's own page shows the same history.
    const page = await graphql(
      `
        query {
          client(id: "109") {
            assignmentHistory {
              manager {
                id
              }
              startReason
            }
          }
        }
      `,
      {},
      as('head1'),
    );
    expect(page.data!.client.assignmentHistory.map((p: any) => p.manager.id)).toEqual([
      RM.rm1,
      before,
    ]);

    const stale = await graphql(APPLY, { id: older }, as('head1'));
    expect(stale.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BRANCH_CHANGED',
    });
    expect(stale.errors![0].message).toMatch(/plan again/);
    expect(
      (await graphql(PLAN_STATUS, { id: older }, as('head1'))).data!.assignmentPlan.status,
    ).toBe('READY');
    expect(await auditOf('reassignClient')).toContainEqual(
      expect.objectContaining({
        actorUsername: 'head1',
        entityType: 'Client',
        entityId: '109',
        after: { managerId: RM.rm1, reasonCode: 'SERVICE_QUALITY' },
        // Worded from the code in the reader's language; the head's words as written.
        detail: 'Service quality: Knows the family business well',
        detailCode: 'MOVED_SERVICE_QUALITY',
        detailParams: { note: 'Knows the family business well' },
      }),
    );
  });

  it('reassignments of one client at once queue: the history never ends a period before it starts', async () => {
    const results = await Promise.all(
      [null, RM.rm1, null, RM.rm1, null, RM.rm1, null, RM.rm1, null, RM.rm1].map((m) =>
        graphql(REASSIGN, { c: '107', m, r: 'Double-clicked on purpose' }, as('head1')),
      ),
    );
    // Each one either moved the client or found it already where it was asked to go.
    for (const result of results)
      if (result.errors)
        expect(['ALREADY_IN_POOL', 'ALREADY_SERVES']).toContain(result.errors[0].extensions.rule);
    expect(results.filter((result) => !result.errors).length).toBeGreaterThan(1);
    const backwards = await sql(
      `SELECT count(*)::int AS n FROM (
         SELECT started_at, lag(started_at) OVER (ORDER BY id) AS previous
         FROM client_assignments WHERE client_id = 107) log
       WHERE started_at < previous`,
    );
    expect(backwards).toEqual([{ n: 0 }]);
    const history = (await graphql(HISTORY, { c: '107' }, as('head1'))).data!.assignmentHistory;
    for (const period of history)
      if (period.endedAt)
        expect(Date.parse(period.endedAt)).toBeGreaterThanOrEqual(Date.parse(period.startedAt));
    // Back with Liu Yang, who served the client before.
    const [{ managerId }] = await sql(
      `SELECT (SELECT manager_id FROM current_assignments WHERE client_id = 107) AS "managerId"`,
    );
    if (managerId !== RM.rm1)
      await graphql(REASSIGN, { c: '107', m: RM.rm1, r: 'Back to Liu Yang' }, as('head1'));
  });

  it('reassignClient refuses to move a client someone else moved since the head looked', async () => {
    const currentOf105 = async () =>
      (
        await sql(
          `SELECT (SELECT manager_id FROM current_assignments WHERE client_id = 105) AS "managerId"`,
        )
      )[0].managerId as number | null;
    const seen = await currentOf105();
    const other = seen === RM.rm2 ? RM.rm1 : RM.rm2;
    // Another head moved the client after this one opened it.
    const moved = await graphql(
      REASSIGN_SEEN,
      { c: '105', m: other, r: 'Lives next to the branch', seen },
      as('head1'),
    );
    expect(moved.data!.reassignClient.manager).toEqual({ id: other });
    const late = await graphql(
      REASSIGN_SEEN,
      { c: '105', m: null, r: 'Back to the branch pool', seen },
      as('head1'),
    );
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'CLIENT_MOVED' });
    expect(late.data).toBeNull();
    expect(await currentOf105()).toBe(other);
    // Seeing the client as it is now, the move goes through; back where it was.
    const back = await graphql(
      REASSIGN_SEEN,
      { c: '105', m: seen, r: 'Back where the client was', seen: other },
      as('head1'),
    );
    expect(back.data!.reassignClient.manager).toEqual(seen === null ? null : { id: seen });
  });

  it('reassignClient refuses bad input, naming the field', async () => {
    // Each refusal names the field and the rule the portal translates.
    const cases: [Record<string, unknown>, string, string][] = [
      [{ c: '110', m: RM.rm1, r: '   ' }, 'reason', 'REASON_LENGTH'],
      [{ c: '110', m: RM.rm1, r: 'ok' }, 'reason', 'REASON_LENGTH'],
      // Too short to mean anything, however it is padded.
      [{ c: '110', m: RM.rm1, r: 'ab . . . . . .' }, 'reason', 'REASON_LENGTH'],
      // OTHER says nothing by itself: the note must say what.
      [{ c: '110', m: RM.rm1, code: 'OTHER', r: 'Moving him' }, 'reason', 'OTHER_REASON_LENGTH'],
      // Over 500 characters never reaches the service (the input guard).
      [{ c: '110', m: RM.rm1, r: 'x'.repeat(501) }, 'reason', 'TOO_LONG'],
      // Zhou Jie works in the other branch, outside head1's scope: as if there were no such RM.
      [{ c: '110', m: RM.rm3, r: 'Moving to a colleague' }, 'managerId', 'NO_SUCH_RM'],
      // Sun Mei is on probation: not for a core client.
      [{ c: '110', m: RM.rm2, r: 'Moving to a colleague' }, 'managerId', 'RM_INELIGIBLE'],
      // Already Liu Yang's client.
      [{ c: '101', m: RM.rm1, r: 'Moving to a colleague' }, 'managerId', 'ALREADY_SERVES'],
      [{ c: '110', m: 999, r: 'Moving to a colleague' }, 'managerId', 'NO_SUCH_RM'],
    ];
    for (const [variables, field, rule] of cases) {
      const result = await graphql(REASSIGN, variables, as('head1'));
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
      expect(result.data).toBeNull();
    }
    const unlisted = await graphql(
      REASSIGN,
      { c: '110', m: RM.rm1, code: 'BORED', r: 'Moving to a colleague' },
      as('head1'),
    );
    expect(unlisted.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unlisted.errors![0].message).toContain('ManualMoveReason');
    const probation = await graphql(
      REASSIGN,
      { c: '110', m: RM.rm2, r: 'Moving to a colleague' },
      as('head1'),
    );
    expect(probation.errors![0].message).toMatch(/Sun Mei may not hold core clients/);
    expect(probation.errors![0].extensions).toMatchObject({
      field: 'managerId',
      rule: 'RM_INELIGIBLE',
      params: { name: 'Sun Mei', reason: 'PROBATION' },
    });
    const unknown = await graphql(
      REASSIGN,
      { c: '999999', m: RM.rm1, r: 'Moving to a colleague' },
      as('head1'),
    );
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    // The other branch's RM is not named to head1; admin, who sees the bank, is told why.
    const otherBranch = await graphql(
      REASSIGN,
      { c: '110', m: RM.rm3, r: 'Moving to a colleague' },
      as('head1'),
    );
    expect(JSON.stringify(otherBranch.errors)).not.toContain('Zhou Jie');
    const asAdmin = await graphql(
      REASSIGN,
      { c: '110', m: RM.rm3, r: 'Moving to a colleague' },
      as('admin'),
    );
    expect(asAdmin.errors![0].extensions).toMatchObject({
      rule: 'RM_OTHER_BRANCH',
      params: { name: 'Zhou Jie' },
    });
    // Non-core clients may go to a probation RM, and back to the pool.
    const nonCoreMove = await graphql(
      REASSIGN,
      { c: '105', m: RM.rm2, r: 'Lives next to the branch' },
      as('head1'),
    );
    expect(nonCoreMove.data!.reassignClient.manager).toEqual({ id: RM.rm2 });
    const toPool = await graphql(
      REASSIGN,
      { c: '105', m: null, r: 'Back to the branch pool' },
      as('head1'),
    );
    expect(toPool.data!.reassignClient.manager).toBeNull();
    const again = await graphql(
      REASSIGN,
      { c: '105', m: null, r: 'Back to the branch pool' },
      as('head1'),
    );
    expect(again.errors![0].extensions).toMatchObject({
      field: 'managerId',
      rule: 'ALREADY_IN_POOL',
    });

    // An eligible RM whose core book is at capacity takes no more core clients.
    const [{ managerId: current }] = await sql(
      `SELECT (SELECT manager_id FROM current_assignments WHERE client_id = 110) AS "managerId"`,
    );
    const standing = (
      await graphql(
        `
          query ($b: Int) {
            relationshipManagers(branchId: $b) {
              id
              status
              coreClientIneligibility
              coreClientsHeld
              coreCapacity
            }
          }
        `,
        { b: 1 },
        as('head1'),
      )
    ).data!.relationshipManagers;
    const eligible = standing.find(
      (m: any) => m.status === 'ACTIVE' && m.coreClientIneligibility === null && m.id !== current,
    );
    const [{ capacity }] = await sql(
      `SELECT core_capacity AS capacity FROM relationship_managers WHERE id = $1`,
      [eligible.id],
    );
    await sql(`UPDATE relationship_managers SET core_capacity = $2 WHERE id = $1`, [
      eligible.id,
      eligible.coreClientsHeld,
    ]);
    try {
      const full = await graphql(
        REASSIGN,
        { c: '110', m: eligible.id, r: 'Moving to a colleague' },
        as('head1'),
      );
      expect(full.errors![0].extensions).toMatchObject({
        field: 'managerId',
        rule: 'RM_FULL',
        params: { held: eligible.coreClientsHeld, capacity: eligible.coreClientsHeld },
      });
    } finally {
      await sql(`UPDATE relationship_managers SET core_capacity = $2 WHERE id = $1`, [
        eligible.id,
        capacity,
      ]);
    }
  });

  it('takes every reason code on the list and stores it with the move', async () => {
    const codes = [
      'CLIENT_REQUEST',
      'RM_LEFT',
      'RM_CAPACITY',
      'CONFLICT_OF_INTEREST',
      'SERVICE_QUALITY',
      'BRANCH_CHANGE',
      'OTHER',
    ];
    const [{ managerId: start }] = await sql(
      `SELECT (SELECT manager_id FROM current_assignments WHERE client_id = 105) AS "managerId"`,
    );
    let here: number | null = start;
    for (const code of codes) {
      // Zhao Lei, not core: between the branch pool and Liu Yang.
      const to: number | null = here === null ? RM.rm1 : null;
      const r = code === 'OTHER' ? 'Lives abroad now; the remote desk serves him' : 'Asked for it';
      const moved = await graphql(REASSIGN, { c: '105', m: to, code, r }, as('head1'));
      expect(moved.errors).toBeUndefined();
      here = to;
    }
    const stored = await sql(
      `SELECT reason_code AS code FROM client_assignments WHERE client_id = 105 ORDER BY id DESC LIMIT $1`,
      [codes.length],
    );
    expect(stored.map((row: { code: string }) => row.code).reverse()).toEqual(codes);
  });
});
