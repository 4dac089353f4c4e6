import { startTestApi, type TestApi } from './support/test-api';

const POSTINGS = `query ($filter: RelationshipManagerFilter, $first: Int, $after: String) {
  relationshipManagersPage(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id employeeNo name grade status coreCapacity contractEndDate version branch { code } } }
  } }`;
const UPDATE_RM = `mutation ($input: RelationshipManagerUpdateInput!) {
  updateRelationshipManager(input: $input) { id status coreCapacity version } }`;

const employeeNos = (result: { data: any }) =>
  result.data.relationshipManagersPage.edges.map(({ node }: any) => node.employeeNo);

describe('RM postings: the paged RM list', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ token: tokens[user] });

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'hr', 'head1', 'rm1']) tokens[user] = await api.tokenFor(user);
  });
  afterAll(() => api.close());

  it('HR pages through every branch and filters by branch, status and name or employee number', async () => {
    const first = await api.graphql(POSTINGS, { first: 2 }, as('hr'));
    expect(first.errors).toBeUndefined();
    expect(employeeNos(first)).toEqual(['E001', 'E002']);
    const page = first.data!.relationshipManagersPage;
    expect(page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(page.edges[1].node).toMatchObject({
      name: 'Sun Mei',
      grade: 'JUNIOR',
      status: 'PROBATION',
      coreCapacity: 80,
      contractEndDate: '2026-12-31',
      branch: { code: 'B001' },
    });
    const next = await api.graphql(
      POSTINGS,
      { first: 2, after: page.pageInfo.endCursor },
      as('hr'),
    );
    expect(employeeNos(next)).toEqual(['E003']);

    expect(employeeNos(await api.graphql(POSTINGS, { filter: { branchId: 2 } }, as('hr')))).toEqual(
      ['E003'],
    );
    expect(
      employeeNos(await api.graphql(POSTINGS, { filter: { status: 'PROBATION' } }, as('admin'))),
    ).toEqual(['E002']);
    expect(
      employeeNos(await api.graphql(POSTINGS, { filter: { search: 'E003' } }, as('hr'))),
    ).toEqual(['E003']);
    expect(
      employeeNos(await api.graphql(POSTINGS, { filter: { search: 'liu' } }, as('hr'))),
    ).toEqual(['E001']);
    const unknownStatus = await api.graphql(POSTINGS, { filter: { status: 'RETIRED' } }, as('hr'));
    expect(unknownStatus.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    // A branch the bank does not have is not an empty branch.
    const unknownBranch = await api.graphql(POSTINGS, { filter: { branchId: 999 } }, as('hr'));
    expect(unknownBranch.errors![0].extensions.code).toBe('NOT_FOUND');
    const list = `query ($b: Int) { relationshipManagers(branchId: $b) { id } }`;
    const listed = await api.graphql(list, { b: 999 }, as('admin'));
    expect(listed.errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await api.graphql(list, { b: 2 }, as('admin'))).data!.relationshipManagers).toEqual([
      { id: 3 },
    ]);
  });

  it('a branch head reads only the branch and may not change a posting; an RM sees themself', async () => {
    expect(employeeNos(await api.graphql(POSTINGS, {}, as('head1')))).toEqual(['E001', 'E002']);
    const otherBranch = await api.graphql(POSTINGS, { filter: { branchId: 2 } }, as('head1'));
    expect(otherBranch.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(otherBranch.data).toBeNull();
    const edit = await api.graphql(
      UPDATE_RM,
      { input: { id: 1, status: 'LEFT', coreCapacity: 0, version: 1 } },
      as('head1'),
    );
    expect(edit.errors![0].extensions.code).toBe('FORBIDDEN');

    expect(employeeNos(await api.graphql(POSTINGS, {}, as('rm1')))).toEqual(['E001']);
  });

  it('HR saves a posting with the version it read; the old version is refused', async () => {
    const [sunMei] = (
      await api.graphql(POSTINGS, { filter: { search: 'E002' } }, as('hr'))
    ).data!.relationshipManagersPage.edges.map(({ node }: any) => node);
    const input = { id: sunMei.id, status: 'ACTIVE', coreCapacity: 90, version: sunMei.version };
    const saved = await api.graphql(UPDATE_RM, { input }, as('hr'));
    expect(saved.data!.updateRelationshipManager).toEqual({
      id: sunMei.id,
      status: 'ACTIVE',
      coreCapacity: 90,
      version: sunMei.version + 1,
    });
    const again = await api.graphql(UPDATE_RM, { input }, as('hr'));
    expect(again.errors![0].extensions.code).toBe('CONFLICT');
    const [reread] = (
      await api.graphql(POSTINGS, { filter: { search: 'E002' } }, as('hr'))
    ).data!.relationshipManagersPage.edges.map(({ node }: any) => node);
    expect(reread).toMatchObject({ status: 'ACTIVE', coreCapacity: 90 });
  });
});
