import { DataSource } from 'typeorm';
import { rankFixture, withDb } from './support/ranking-fixture';
import { FIXTURE, startTestApi, type TestApi } from './support/test-api';

const CLIENTS_WITH_WARNINGS = `{ clients(first: 50) { edges { node {
  id openEarlyWarning { id kind raisedAt acknowledgedAt } } } } }`;
const ACKNOWLEDGE = `mutation ($id: String!) { acknowledgeEarlyWarning(id: $id) { id acknowledgedAt } }`;

/** The open warning shown by each client of a clients page, by client id. */
function openWarnings(result: { data: any }): Record<string, string | null> {
  return Object.fromEntries(
    result.data.clients.edges.map(({ node }: any) => [node.id, node.openEarlyWarning?.id ?? null]),
  );
}

describe('Client.openEarlyWarning', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ token: tokens[user] });
  const warning = { older: '', newer: '', seen: '', zhang: '' };

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['head1', 'rm1', 'hr']) tokens[user] = await api.tokenFor(user);
    const runId = await rankFixture(api.database.url, {
      '101': { core: true, tier: 'PLATINUM', value: '120000.50' },
      '102': { core: true, tier: 'GOLD', value: '98000.00' },
      '103': { core: true, tier: 'SILVER', value: '60000.00' },
    });
    // Wang Fang: two open warnings (the newer one counts); Li Qiang: one already seen;
    // Zhang Wei (rm2's client): one open.
    await withDb(api.database.url, async (db) => {
      const raise = async (clientId: string, raisedAt: string, seen = false) => {
        const { rows } = await db.query<{ id: string }>(
          `INSERT INTO early_warnings (kind, run_id, client_id, branch_id, manager_id, raised_at, acknowledged_at)
           SELECT 'CORE_CLIENT_DECLINE', $1, c.id, c.branch_id, a.manager_id, $3, CASE WHEN $4 THEN now() END
           FROM clients c LEFT JOIN current_assignments a ON a.client_id = c.id
           WHERE c.id = $2 RETURNING id::text`,
          [runId, clientId, raisedAt, seen],
        );
        return rows[0].id;
      };
      warning.older = await raise(FIXTURE.clients.wang, '2026-10-01T08:00:00Z');
      warning.newer = await raise(FIXTURE.clients.wang, '2026-11-01T08:00:00Z');
      warning.seen = await raise(FIXTURE.clients.li, '2026-11-01T08:00:00Z', true);
      warning.zhang = await raise(FIXTURE.clients.zhang, '2026-11-01T08:00:00Z');
    });
  });
  afterAll(() => api.close());

  it("is each client's latest unacknowledged warning, only for clients the caller may see", async () => {
    const mine = await api.graphql(CLIENTS_WITH_WARNINGS, {}, as('rm1'));
    expect(mine.errors).toBeUndefined();
    expect(openWarnings(mine)).toEqual({
      [FIXTURE.clients.wang]: warning.newer,
      [FIXTURE.clients.li]: null,
    });
    expect(mine.data!.clients.edges[0].node.openEarlyWarning).toMatchObject({
      kind: 'CORE_CLIENT_DECLINE',
      raisedAt: '2026-11-01T08:00:00.000Z',
      acknowledgedAt: null,
    });
    // HR sees no clients, so no warnings either.
    const hr = await api.graphql(CLIENTS_WITH_WARNINGS, {}, as('hr'));
    expect(hr.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(hr.data)).not.toContain(warning.newer);
  });

  it('is read with one query for the whole page of clients', async () => {
    const dataSource = api.app.get(DataSource);
    const query = jest.spyOn(dataSource, 'query');
    try {
      const branch = await api.graphql(CLIENTS_WITH_WARNINGS, {}, as('head1'));
      expect(openWarnings(branch)).toEqual({
        [FIXTURE.clients.wang]: warning.newer,
        [FIXTURE.clients.li]: null,
        [FIXTURE.clients.zhang]: warning.zhang,
        [FIXTURE.clients.zhao]: null,
      });
      const warningReads = query.mock.calls.filter(([sql]) => sql.includes('early_warnings'));
      expect(warningReads).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });

  it('falls back to the older open warning once the newer one is acknowledged', async () => {
    const acknowledged = await api.graphql(ACKNOWLEDGE, { id: warning.newer }, as('rm1'));
    expect(acknowledged.errors).toBeUndefined();
    expect(openWarnings(await api.graphql(CLIENTS_WITH_WARNINGS, {}, as('rm1')))).toEqual({
      [FIXTURE.clients.wang]: warning.older,
      [FIXTURE.clients.li]: null,
    });
    await api.graphql(ACKNOWLEDGE, { id: warning.older }, as('rm1'));
    expect(
      openWarnings(await api.graphql(CLIENTS_WITH_WARNINGS, {}, as('rm1')))[FIXTURE.clients.wang],
    ).toBeNull();
  });
});
