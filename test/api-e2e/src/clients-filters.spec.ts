import { rankFixture, withDb } from './support/ranking-fixture';
import { FIXTURE, startTestApi, type TestApi } from './support/test-api';

const CLIENTS = `query ($filter: ClientFilter, $sort: ClientSort) {
  clients(filter: $filter, sort: $sort, first: 50) {
    totalCount
    edges { node { id tier core lifecycleStage openEarlyWarning { id } manager { id } branch { id } } }
  }
}`;

interface Row {
  id: string;
  tier: string | null;
  core: boolean;
  lifecycleStage: string | null;
  openEarlyWarning: { id: string } | null;
  manager: { id: number } | null;
  branch: { id: number };
}

const { wang, li, zhang, chen, zhao } = FIXTURE.clients;

/** Each filter, and what it means in the fields of one client (the list's own columns). */
const FILTERS: [Record<string, unknown>, (row: Row) => boolean][] = [
  [{ tier: 'GOLD' }, (row) => row.tier === 'GOLD'],
  [{ tier: 'BRONZE' }, (row) => row.tier === 'BRONZE'],
  [{ core: true }, (row) => row.core],
  [{ core: false }, (row) => !row.core],
  [{ lifecycleStage: 'DECLINE' }, (row) => row.lifecycleStage === 'DECLINE'],
  [{ openEarlyWarning: true }, (row) => row.openEarlyWarning !== null],
  [{ openEarlyWarning: false }, (row) => row.openEarlyWarning === null],
  [{ inBranchPool: true }, (row) => row.manager === null],
  [{ inBranchPool: false }, (row) => row.manager !== null],
  [{ core: false, inBranchPool: true }, (row) => !row.core && row.manager === null],
  [
    { tier: 'GOLD', lifecycleStage: 'DECLINE', openEarlyWarning: true },
    (row) => row.tier === 'GOLD' && row.lifecycleStage === 'DECLINE' && !!row.openEarlyWarning,
  ],
];

describe('client list filters: tier, core, lifecycle stage, open warning, branch pool', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  const list = async (user: string, filter: Record<string, unknown> = {}, sort?: string) => {
    const result = await api.graphql(CLIENTS, { filter, sort }, { token: tokens[user] });
    expect(result.errors).toBeUndefined();
    const rows: Row[] = result.data!.clients.edges.map((edge: any) => edge.node);
    // The count says how many the filter finds, as the page does.
    expect(result.data!.clients.totalCount).toBe(rows.length);
    return rows;
  };
  const ids = (rows: Row[]) => rows.map((row) => row.id).sort();

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'hr', 'head1', 'head2', 'rm1'])
      tokens[user] = await api.tokenFor(user);
  });
  afterAll(() => api.close());

  it('before the first ranking, no client has a tier or is core', async () => {
    expect(await list('head1', { tier: 'GOLD' })).toEqual([]);
    expect(await list('head1', { core: true })).toEqual([]);
    expect(ids(await list('head1', { core: false }))).toEqual([wang, li, zhang, zhao]);
  });

  describe('once ranked', () => {
    beforeAll(async () => {
      // Zhao Lei (105) opened after the run: not ranked, so no tier and not core.
      const runId = await rankFixture(api.database.url, {
        [wang]: { core: true, tier: 'PLATINUM', value: '120000.50' },
        [li]: { core: true, tier: 'GOLD', value: '98000.00' },
        [zhang]: { core: false, tier: 'BRONZE', value: '5400.25' },
        [chen]: { core: true, tier: 'GOLD', value: '64000.00' },
      });
      await withDb(api.database.url, async (db) => {
        await db.query(
          `UPDATE client_rankings SET lifecycle_stage = 'DECLINE' WHERE run_id = $1 AND client_id = ANY($2::bigint[])`,
          [runId, [li, chen]],
        );
        // Li Qiang and Chen Jing have an open warning; Wang Fang's was acknowledged.
        await db.query(
          `INSERT INTO early_warnings (kind, run_id, client_id, branch_id, acknowledged_at)
           SELECT 'CORE_CLIENT_DECLINE', $1, c.id, c.branch_id, CASE WHEN c.id = $3 THEN now() END
           FROM clients c WHERE c.id = ANY($2::bigint[])`,
          [runId, [li, chen, wang], wang],
        );
      });
    });

    it("finds in a branch head's branch exactly the clients whose fields say so", async () => {
      const branch = await list('head1');
      expect(ids(branch)).toEqual([wang, li, zhang, zhao]);
      for (const [filter, holds] of FILTERS) {
        const expected = ids(branch.filter(holds));
        expect({ filter, ids: ids(await list('head1', filter)) }).toEqual({
          filter,
          ids: expected,
        });
      }
      expect(ids(await list('head1', { tier: 'GOLD' }))).toEqual([li]);
      expect(ids(await list('head1', { inBranchPool: true }))).toEqual([zhao]);
      expect(ids(await list('head1', { core: false }))).toEqual([zhang, zhao]);
    });

    it('lists the branch pool: clients no RM serves, including one moved there', async () => {
      await withDb(api.database.url, (db) =>
        db.query(
          `INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, start_reason, start_note)
           VALUES ($1, NULL, 1, now(), 'MANUAL', 'Back to the pool')`,
          [zhang],
        ),
      );
      try {
        expect(ids(await list('head1', { inBranchPool: true }))).toEqual([zhang, zhao]);
        expect(ids(await list('head1', { inBranchPool: true, core: false }))).toEqual([
          zhang,
          zhao,
        ]);
        // Sorted and paged as the rest of the list.
        expect((await list('head1', { inBranchPool: true }, 'NAME_ASC')).map((r) => r.id)).toEqual([
          zhang,
          zhao,
        ]);
      } finally {
        await withDb(api.database.url, (db) =>
          db.query(
            `INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, start_reason)
             VALUES ($1, 2, 1, now(), 'MANUAL')`,
            [zhang],
          ),
        );
      }
    });

    it('admin filters the bank, and a branch of it, alike', async () => {
      // The whole bank is read by joins, a branch by looking up each of its clients.
      const bank = await list('admin');
      for (const [filter, holds] of FILTERS) {
        expect({ filter, ids: ids(await list('admin', filter)) }).toEqual({
          filter,
          ids: ids(bank.filter(holds)),
        });
        const inBranch1 = bank.filter((row) => row.branch.id === 1 && holds(row));
        expect({ filter, ids: ids(await list('admin', { ...filter, branchId: 1 })) }).toEqual({
          filter,
          ids: ids(inBranch1),
        });
      }
      expect(ids(await list('admin', { tier: 'GOLD' }))).toEqual([li, chen]);
    });

    it('never reaches outside the scope: an RM filters the book, HR is refused', async () => {
      expect(ids(await list('rm1', { core: true }))).toEqual([wang, li]);
      expect(ids(await list('rm1', { openEarlyWarning: true }))).toEqual([li]);
      // The pool is not in an RM's book, and another branch not in a head's.
      expect(await list('rm1', { inBranchPool: true })).toEqual([]);
      expect(ids(await list('head2', { tier: 'GOLD' }))).toEqual([chen]);
      expect(await list('head2', { tier: 'GOLD', branchId: 1 })).toEqual([]);
      const hr = await api.graphql(CLIENTS, { filter: { core: true } }, { token: tokens.hr });
      expect(hr.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(hr.data).toBeNull();
    });

    it('refuses a value that is not one of the choices, naming the filter', async () => {
      for (const filter of [{ tier: 'DIAMOND' }, { lifecycleStage: 'GONE' }, { core: 'yes' }]) {
        const result = await api.graphql(CLIENTS, { filter }, { token: tokens.head1 });
        expect(result.data).toBeNull();
        expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
        expect(result.errors![0].message).toContain(Object.keys(filter)[0]);
      }
    });
  });
});
