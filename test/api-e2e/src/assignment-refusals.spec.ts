import {
  APPLY,
  BANK_PLANS,
  DISCARD,
  HISTORY,
  PLAN,
  PLAN_STATUS,
  PLANS,
  REASSIGN,
  RM,
  UPDATE_RM,
  useAssignmentBank,
} from './support/assignment-bank';

describe('core-client assignment: refusals', () => {
  const { graphql, as, sql, codeOf, makePlan } = useAssignmentBank({ trainingMinimum: false });

  let branch1Plan: number;
  let branch2Plan: number;
  beforeAll(async () => {
    // A whole-bank plan for admin's list, then the branches' own (which replace it).
    await makePlan(null);
    branch1Plan = await makePlan(1);
    branch2Plan = await makePlan(2);
  });

  const expectRefused = async (
    user: string,
    query: string,
    variables: Record<string, unknown>,
    code = 'FORBIDDEN',
  ) => {
    const result = await graphql(query, variables, as(user));
    expect({ user, code: codeOf(result) }).toEqual({ user, code });
    expect(result.data).toBeNull();
  };
  const reassign = { m: RM.rm1, r: 'Moving to a colleague' };

  it('an RM cannot plan, read plans, apply, discard or reassign', async () => {
    await expectRefused('rm1', PLAN, { b: 1 });
    await expectRefused('rm1', PLAN_STATUS, { id: branch1Plan });
    await expectRefused('rm1', PLANS, {});
    await expectRefused('rm1', APPLY, { id: branch1Plan });
    await expectRefused('rm1', DISCARD, { id: branch1Plan });
    await expectRefused('rm1', REASSIGN, { c: '101', ...reassign });
  });

  it('HR cannot plan, read plans, reassign or read assignment history', async () => {
    await expectRefused('hr', PLAN, { b: 1 });
    await expectRefused('hr', PLAN_STATUS, { id: branch1Plan });
    await expectRefused('hr', PLANS, {});
    await expectRefused('hr', APPLY, { id: branch1Plan });
    await expectRefused('hr', REASSIGN, { c: '101', ...reassign });
    await expectRefused('hr', HISTORY, { c: '101' });
  });

  it("a branch head cannot touch another branch's plans or clients, nor plan the whole bank", async () => {
    await expectRefused('head1', PLAN, { b: 2 });
    await expectRefused('head1', PLAN, { b: null });
    await expectRefused('head1', PLAN_STATUS, { id: branch2Plan });
    await expectRefused('head1', PLANS, { b: 2 });
    await expectRefused('head1', APPLY, { id: branch2Plan });
    await expectRefused('head1', DISCARD, { id: branch2Plan });
    await expectRefused('head1', REASSIGN, { c: '104', m: RM.rm3, r: 'Moving to a colleague' });
    await expectRefused('head1', HISTORY, { c: '104' });
    // Refused attempts changed nothing.
    expect(
      (await graphql(PLAN_STATUS, { id: branch2Plan }, as('head2'))).data!.assignmentPlan.status,
    ).toBe('READY');
    const ownList = (await graphql(PLANS, {}, as('head1'))).data!.assignmentPlans.edges;
    expect(ownList.every(({ node }: any) => node.branch?.id === 1)).toBe(true);
  });

  it('admin lists the whole-bank plans apart from the branch plans; no one else may', async () => {
    const everyPlan = (await graphql(PLANS, {}, as('admin'))).data!.assignmentPlans.edges;
    expect(everyPlan.some(({ node }: any) => node.branch !== null)).toBe(true);
    const bankPlans = await graphql(BANK_PLANS, {}, as('admin'));
    expect(bankPlans.errors).toBeUndefined();
    const nodes = bankPlans.data!.assignmentPlans.edges.map(({ node }: any) => node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node: any) => node.branch === null)).toBe(true);
    await expectRefused('admin', BANK_PLANS, { b: 1 }, 'BAD_USER_INPUT');
    await expectRefused('head1', BANK_PLANS, {});
    await expectRefused('hr', BANK_PLANS, {});
  });

  it('an RM reads the history of their own clients only', async () => {
    const own = await graphql(HISTORY, { c: '101' }, as('rm1'));
    expect(own.data!.assignmentHistory[0].manager).toEqual({ id: RM.rm1 });
    // Zhou Jie's client.
    await expectRefused('rm1', HISTORY, { c: '104' });
  });

  it('only HR and admin change RM postings', async () => {
    for (const user of ['head1', 'rm1']) {
      await expectRefused(user, UPDATE_RM, {
        input: { id: RM.rm1, status: 'LEFT', coreCapacity: 0, version: 1 },
      });
    }
    expect(await sql(`SELECT status FROM relationship_managers WHERE id = 1`)).toEqual([
      { status: 'ACTIVE' },
    ]);
  });

  it('unknown plans and branches are NOT_FOUND', async () => {
    await expectRefused('admin', PLAN, { b: 99 }, 'NOT_FOUND');
    await expectRefused('admin', PLANS, { b: 99 }, 'NOT_FOUND');
    await expectRefused('admin', PLAN_STATUS, { id: 99_999 }, 'NOT_FOUND');
    await expectRefused('admin', APPLY, { id: 99_999 }, 'NOT_FOUND');
  });
});
