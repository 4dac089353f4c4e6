import { todayIn } from '@corebook/domain';
import { DataSource } from 'typeorm';
import { rankFixture, withDb } from './support/ranking-fixture';
import { FIXTURE, startTestApi, type TestApi } from './support/test-api';

const CLIENTS_WITH_WARNINGS = `{ clients(first: 50) { edges { node {
  id openEarlyWarning { id kind raisedAt acknowledgedAt } } } } }`;
const ACKNOWLEDGE = `mutation ($id: String!, $note: String!, $followUpOn: Date) {
  acknowledgeEarlyWarning(id: $id, note: $note, followUpOn: $followUpOn) {
    id acknowledgedAt acknowledgedByName actionNote followUpOn } }`;
const HISTORY = `query ($clientId: String) {
  earlyWarnings(clientId: $clientId, includeAcknowledged: true) { totalCount edges { node {
    id acknowledgedAt acknowledgedByName actionNote followUpOn } } } }`;
const CALLED = 'Called the client; a visit is agreed for Friday';

/** The bank's date `days` from today (YYYY-MM-DD), as the API counts days. */
function bankDay(days: number): string {
  const today = new Date(`${todayIn('Asia/Shanghai')}T00:00:00Z`);
  today.setUTCDate(today.getUTCDate() + days);
  return today.toISOString().slice(0, 10);
}

/** The open warning shown by each client of a clients page, by client id. */
function openWarnings(result: { data: any }): Record<string, string | null> {
  return Object.fromEntries(
    result.data.clients.edges.map(({ node }: any) => [node.id, node.openEarlyWarning?.id ?? null]),
  );
}

describe('early warnings', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ token: tokens[user] });
  const warning = { older: '', newer: '', seen: '', zhang: '' };

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'head1', 'head2', 'rm1', 'rm2', 'hr'])
      tokens[user] = await api.tokenFor(user);
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

  it("Client.openEarlyWarning is each client's latest unacknowledged warning, only for clients the caller may see", async () => {
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

  it('Client.openEarlyWarning is read with one query for the whole page of clients', async () => {
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

  it('Client.openEarlyWarning falls back to the older open warning once the newer one is acknowledged', async () => {
    const acknowledged = await api.graphql(
      ACKNOWLEDGE,
      { id: warning.newer, note: CALLED },
      as('rm1'),
    );
    expect(acknowledged.errors).toBeUndefined();
    expect(openWarnings(await api.graphql(CLIENTS_WITH_WARNINGS, {}, as('rm1')))).toEqual({
      [FIXTURE.clients.wang]: warning.older,
      [FIXTURE.clients.li]: null,
    });
    await api.graphql(ACKNOWLEDGE, { id: warning.older, note: CALLED }, as('rm1'));
    expect(
      openWarnings(await api.graphql(CLIENTS_WITH_WARNINGS, {}, as('rm1')))[FIXTURE.clients.wang],
    ).toBeNull();
  });

  it('asks what was done: a note that says something, and a follow-up date within 180 days', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ note: '   ' }, 'note', 'ACTION_NOTE_LENGTH'],
      [{ note: '  Called.  ' }, 'note', 'ACTION_NOTE_LENGTH'],
      [{ note: '. . . . . . . . . . . .' }, 'note', 'ACTION_NOTE_LENGTH'],
      // Over 500 characters never reaches the service (the input guard).
      [{ note: 'x'.repeat(501) }, 'note', 'TOO_LONG'],
      [{ note: CALLED, followUpOn: bankDay(-1) }, 'followUpOn', 'FOLLOW_UP_IN_PAST'],
      [{ note: CALLED, followUpOn: bankDay(181) }, 'followUpOn', 'FOLLOW_UP_TOO_FAR'],
    ];
    for (const [variables, field, rule] of cases) {
      const result = await api.graphql(
        ACKNOWLEDGE,
        { id: warning.zhang, ...variables },
        as('head1'),
      );
      expect(result.data).toBeNull();
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
    }
    const noNote = await api.graphql(
      `mutation ($id: String!) { acknowledgeEarlyWarning(id: $id) { id } }`,
      { id: warning.zhang },
      as('head1'),
    );
    // A required argument left out: the operation itself is invalid.
    expect(noNote.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(noNote.errors![0].message).toContain('"note"');
    const badDate = await api.graphql(
      ACKNOWLEDGE,
      { id: warning.zhang, note: CALLED, followUpOn: '2026-02-30' },
      as('head1'),
    );
    expect(badDate.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    // Nothing was refused into the warning: it is still open.
    const open = await api.graphql(CLIENTS_WITH_WARNINGS, {}, as('head1'));
    expect(openWarnings(open)[FIXTURE.clients.zhang]).toBe(warning.zhang);
  });

  it('keeps the action with the warning: who, when, the note and the follow-up date, audited', async () => {
    const followUpOn = bankDay(180);
    const acted = await api.graphql(
      ACKNOWLEDGE,
      { id: warning.zhang, note: `  ${CALLED}\n  `, followUpOn },
      as('head1'),
    );
    expect(acted.errors).toBeUndefined();
    expect(acted.data!.acknowledgeEarlyWarning).toMatchObject({
      acknowledgedByName: 'Head of Riverside',
      actionNote: CALLED,
      followUpOn,
    });
    const again = await api.graphql(ACKNOWLEDGE, { id: warning.zhang, note: CALLED }, as('head1'));
    expect(again.errors![0].extensions.code).toBe('CONFLICT');

    await api.flushAudit();
    const audit = await api.graphql(
      `{ auditLog(filter: { operation: "acknowledgeEarlyWarning", outcome: OK }) { edges { node {
          actorUsername entityId after detail } } } }`,
      {},
      as('admin'),
    );
    expect(audit.data!.auditLog.edges.map((edge: any) => edge.node)).toContainEqual({
      actorUsername: 'head1',
      entityId: warning.zhang,
      after: { acknowledged: true, clientId: FIXTURE.clients.zhang, note: CALLED, followUpOn },
      detail: CALLED,
    });
  });

  it("shows a client's warning history to whoever may see the client, and to no one else", async () => {
    const history = async (user: string, clientId: string) => {
      const result = await api.graphql(HISTORY, { clientId }, as(user));
      return result.data?.earlyWarnings.edges.map((edge: any) => edge.node) ?? result.errors;
    };
    // Zhang Wei is rm2's client in head1's branch.
    const zhang = await history('head1', FIXTURE.clients.zhang);
    expect(zhang).toEqual([
      expect.objectContaining({
        id: warning.zhang,
        acknowledgedByName: 'Head of Riverside',
        actionNote: CALLED,
        followUpOn: bankDay(180),
      }),
    ]);
    expect(await history('rm2', FIXTURE.clients.zhang)).toEqual(zhang);
    expect(await history('admin', FIXTURE.clients.zhang)).toEqual(zhang);
    // Wang Fang's two warnings, newest first, both acted on by rm1.
    expect((await history('rm1', FIXTURE.clients.wang)).map((w: any) => w.id)).toEqual([
      warning.newer,
      warning.older,
    ]);
    // Not rm1's client, not head2's branch: no history, no note.
    for (const user of ['rm1', 'head2']) {
      const result = await api.graphql(HISTORY, { clientId: FIXTURE.clients.zhang }, as(user));
      expect(result.data!.earlyWarnings.totalCount).toBe(0);
      expect(JSON.stringify(result)).not.toContain(CALLED);
    }
    const hr = await api.graphql(HISTORY, { clientId: FIXTURE.clients.zhang }, as('hr'));
    expect(hr.errors![0].extensions.code).toBe('FORBIDDEN');
    // Acting on a warning outside the scope is refused too.
    const foreign = await api.graphql(ACKNOWLEDGE, { id: warning.seen, note: CALLED }, as('rm2'));
    expect(foreign.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
