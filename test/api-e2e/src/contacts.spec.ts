import { addDays, todayIn } from '@corebook/domain';
import { refreshFixtureCycles } from './support/cycle-fixture';
import { rankFixture, withDb } from './support/ranking-fixture';
import { FIXTURE, startTestApi, type TestApi } from './support/test-api';

const { wang, li, zhang } = FIXTURE.clients;
const today = () => todayIn('Asia/Shanghai');
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const CONTACT = `id status type outcome occurredOn plannedOn notes nextStep authorName editable counts version followsId`;
const LOG = `mutation ($input: ContactInput!) { logContact(input: $input) { ${CONTACT} } }`;
const QUEUE = `query ($managerId: Int, $tier: ValueTier, $first: Int, $after: String) {
  revisitQueue(managerId: $managerId, tier: $tier, first: $first, after: $after) {
    overdueCount dueSoonCount totalCount pageInfo { hasNextPage endCursor }
    edges { node { reason tier dueOn daysOverdue lastContactOn plannedOn client { id name } } } } }`;
const CYCLE = `query ($id: ID!) { client(id: $id) { cycle { tier cycleDays dueOn lastContactOn plannedOn }
  contacts(first: 20) { totalCount edges { node { ${CONTACT} authorName } } } } }`;
const EDIT = `mutation ($id: ID!, $version: Int!, $edit: ContactEdit!) { editContact(id: $id, version: $version, edit: $edit) { ${CONTACT} } }`;

const visit = (clientId: string, extra: Record<string, unknown> = {}) => ({
  clientId,
  occurredAt: hoursAgo(1),
  type: 'VISIT',
  purpose: 'PERIODIC_REVIEW',
  outcome: 'POSITIVE',
  notes: 'Reviewed the portfolio; wants to hear about the new wealth product',
  nextStep: 'Send the product sheet',
  ...extra,
});

describe('contacts, cycles and the revisit queue (issue 17)', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ token: tokens[user] });
  const code = (result: { errors?: { extensions: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions;

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'head1', 'head2', 'rm1', 'rm2', 'hr'])
      tokens[user] = await api.tokenFor(user);
    const runId = await rankFixture(api.database.url, {
      [wang]: { core: true, tier: 'GOLD', value: '120000.50' },
      [li]: { core: true, tier: 'PLATINUM', value: '98000.00' },
      [zhang]: { core: true, tier: 'SILVER', value: '60000.00' },
      [FIXTURE.clients.chen]: { core: true, tier: 'SILVER', value: '50000.00' },
      [FIXTURE.clients.zhao]: { core: false, tier: 'BRONZE', value: '800.00' },
    });
    await refreshFixtureCycles(api.database.url, runId);
    // Core since the books were made on 1 January, and never contacted: due on 15 January.
    await withDb(api.database.url, async (db) => {
      await db.query(`UPDATE client_cycles SET core_since = '2026-01-01' WHERE tier IS NOT NULL`);
      // Sun Mei (rm2) has passed probation, and this bank asks for no training minimum, so
      // she may take over a core client.
      await db.query(`UPDATE relationship_managers SET status = 'ACTIVE' WHERE id = $1`, [
        FIXTURE.managers.rm2,
      ]);
      await db.query(
        `UPDATE settings SET value = jsonb_set(value, '{requireTrainingMinimum}', 'false') WHERE key = 'assignment'`,
      );
    });
    await refreshFixtureCycles(api.database.url, runId);
  });
  afterAll(() => api.close());

  it("the RM's queue lists overdue clients, most days overdue first and then by value", async () => {
    const result = await api.graphql(QUEUE, {}, as('rm1'));
    expect(result.errors).toBeUndefined();
    const queue = result.data!.revisitQueue;
    expect(queue.overdueCount).toBe(2);
    expect(queue.edges.map((e: any) => [e.node.client.id, e.node.reason, e.node.dueOn])).toEqual([
      [wang, 'OVERDUE', '2026-01-15'],
      [li, 'OVERDUE', '2026-01-15'],
    ]);
    // Paged on the server; filtered by tier.
    const first = await api.graphql(QUEUE, { first: 1 }, as('rm1'));
    expect(first.data!.revisitQueue.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql(
      QUEUE,
      { first: 1, after: first.data!.revisitQueue.pageInfo.endCursor },
      as('rm1'),
    );
    expect(second.data!.revisitQueue.edges[0].node.client.id).toBe(li);
    const platinum = await api.graphql(QUEUE, { tier: 'PLATINUM' }, as('rm1'));
    expect(platinum.data!.revisitQueue.edges.map((e: any) => e.node.client.id)).toEqual([li]);
  });

  it('logging a contact takes the client off the queue; its next due date follows the tier’s cycle', async () => {
    const logged = await api.graphql(LOG, { input: visit(wang) }, as('rm1'));
    expect(logged.errors).toBeUndefined();
    expect(logged.data!.logContact).toMatchObject({
      status: 'DONE',
      type: 'VISIT',
      editable: true,
      counts: true,
      version: 1,
    });
    const occurredOn = logged.data!.logContact.occurredOn;
    const client = await api.graphql(CYCLE, { id: wang }, as('rm1'));
    expect(client.data!.client.cycle).toEqual({
      tier: 'GOLD',
      cycleDays: 60,
      lastContactOn: occurredOn,
      dueOn: addDays(occurredOn, 60),
      plannedOn: null,
    });
    const queue = await api.graphql(QUEUE, {}, as('rm1'));
    expect(queue.data!.revisitQueue.edges.map((e: any) => e.node.client.id)).toEqual([li]);
    await api.flushAudit();
    // The audit log names the contact, who logged it, for which client, and what happened.
    const audit = await withDb(api.database.url, (db) =>
      db.query(
        `SELECT operation, entity_type, entity_id, actor_user_id IS NOT NULL AS actor, outcome,
                after->>'clientId' AS client, after->>'type' AS type
         FROM audit_entries WHERE operation = 'logContact'`,
      ),
    );
    expect(audit.rows).toEqual([
      {
        operation: 'logContact',
        entity_type: 'Contact',
        entity_id: logged.data!.logContact.id,
        actor: true,
        outcome: 'OK',
        client: wang,
        type: 'VISIT',
      },
    ]);
  });

  it('a message does not count towards the cycle, nor a client not reached', async () => {
    for (const change of [{ type: 'MESSAGE' }, { type: 'PHONE', outcome: 'NOT_REACHED' }]) {
      const logged = await api.graphql(LOG, { input: visit(li, change) }, as('rm1'));
      expect(logged.data!.logContact.counts).toBe(false);
    }
    const client = await api.graphql(CYCLE, { id: li }, as('rm1'));
    expect(client.data!.client.cycle.dueOn).toBe('2026-01-15');
  });

  it('a planned contact joins the queue, is completed or cancelled, and is never deleted', async () => {
    const planned = await api.graphql(
      `mutation ($input: PlannedContactInput!) { planContact(input: $input) { ${CONTACT} } }`,
      {
        input: {
          clientId: wang,
          plannedOn: addDays(today(), 3),
          type: 'PHONE',
          purpose: 'PRODUCT',
          notes: 'Call about the wealth product',
        },
      },
      as('rm1'),
    );
    expect(planned.data!.planContact).toMatchObject({ status: 'PLANNED', editable: false });
    let queue = await api.graphql(QUEUE, {}, as('rm1'));
    expect(
      queue.data!.revisitQueue.edges.map((e: any) => [e.node.client.id, e.node.reason]),
    ).toEqual([
      [li, 'OVERDUE'],
      [wang, 'PLANNED'],
    ]);
    const done = await api.graphql(
      `mutation ($id: ID!, $version: Int!, $completion: ContactCompletion!) {
        completePlannedContact(id: $id, version: $version, completion: $completion) { ${CONTACT} } }`,
      {
        id: planned.data!.planContact.id,
        version: 1,
        completion: {
          occurredAt: hoursAgo(0.5),
          outcome: 'NEUTRAL',
          notes: 'Called',
          nextStep: '',
        },
      },
      as('rm1'),
    );
    expect(done.data!.completePlannedContact).toMatchObject({ status: 'DONE', version: 2 });
    queue = await api.graphql(QUEUE, {}, as('rm1'));
    expect(queue.data!.revisitQueue.edges.map((e: any) => e.node.client.id)).toEqual([li]);

    const another = await api.graphql(
      LOG,
      { input: visit(li, { plannedOn: addDays(today(), 30) }) },
      as('rm1'),
    );
    const followUp = await api.graphql(CYCLE, { id: li }, as('rm1'));
    const next = followUp.data!.client.contacts.edges.find(
      (e: any) => e.node.followsId === another.data!.logContact.id,
    ).node;
    expect(next).toMatchObject({
      status: 'PLANNED',
      plannedOn: addDays(today(), 30),
      notes: 'Send the product sheet',
    });
    const cancelled = await api.graphql(
      `mutation ($id: ID!) { cancelPlannedContact(id: $id, version: 1, reason: "Client travelling") { status } }`,
      { id: next.id },
      as('rm1'),
    );
    expect(cancelled.data!.cancelPlannedContact.status).toBe('CANCELLED');
    const again = await api.graphql(
      `mutation ($id: ID!) { cancelPlannedContact(id: $id, version: 2, reason: "Twice") { status } }`,
      { id: next.id },
      as('rm1'),
    );
    expect(code(again)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CONTACT_NOT_PLANNED' });
    const all = await api.graphql(CYCLE, { id: li }, as('rm1'));
    expect(all.data!.client.contacts.totalCount).toBe(4);
  });

  it('refuses contacts outside the caller’s scope, to HR, and from the future', async () => {
    expect(code(await api.graphql(LOG, { input: visit(zhang) }, as('rm1')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(code(await api.graphql(LOG, { input: visit(wang) }, as('head2')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(code(await api.graphql(LOG, { input: visit(wang) }, as('hr')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(code(await api.graphql(LOG, { input: visit(wang) }, as('admin')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(code(await api.graphql(LOG, { input: visit('999999') }, as('rm1')))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(code(await api.graphql(CYCLE, { id: zhang }, as('rm1')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      code(
        await api.graphql(
          `{ clientTimeline(clientId: "${wang}") { edges { node { id } } } }`,
          {},
          as('hr'),
        ),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await api.graphql(QUEUE, {}, as('hr')))).toMatchObject({ code: 'FORBIDDEN' });
    // HR reads no servicing figures either: not coverage, not an RM's queue, not the cycles.
    for (const query of [
      `{ managerCoverage(from: "${today()}", to: "${today()}") { coreDays } }`,
      `{ contactCycleSettings { version } }`,
      `{ clientTimeline(clientId: "${wang}") { edges { node { id } } } }`,
    ])
      expect(code(await api.graphql(query, {}, as('hr')))).toMatchObject({ code: 'FORBIDDEN' });
    // A branch head may not change the cycles.
    expect(
      code(await api.graphql(`{ contactCycleSettingsHistory { version } }`, {}, as('head1'))),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      code(await api.graphql(QUEUE, { managerId: FIXTURE.managers.rm2 }, as('rm1'))),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      code(await api.graphql(QUEUE, { managerId: FIXTURE.managers.rm3 }, as('head1'))),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    // A branch head naming no RM, and admin naming one the bank does not have.
    expect(code(await api.graphql(QUEUE, {}, as('head1')))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'managerId',
    });
    expect(code(await api.graphql(QUEUE, { managerId: 987_654 }, as('admin')))).toMatchObject({
      code: 'NOT_FOUND',
    });
    // The branch head's own RMs' queues are theirs to read.
    const rm1Queue = await api.graphql(QUEUE, { managerId: FIXTURE.managers.rm1 }, as('head1'));
    expect(rm1Queue.errors).toBeUndefined();
    const future = await api.graphql(
      LOG,
      { input: visit(wang, { occurredAt: new Date(Date.now() + 3_600_000).toISOString() }) },
      as('rm1'),
    );
    expect(code(future)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'occurredAt',
      rule: 'DATE_IN_FUTURE',
    });
    const long = await api.graphql(
      LOG,
      { input: visit(wang, { notes: 'x'.repeat(2001) }) },
      as('rm1'),
    );
    expect(long.errors![0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(long.data ?? null).toBeNull();
    const badCursor = await api.graphql(QUEUE, { after: 'not-a-cursor' }, as('rm1'));
    expect(code(badCursor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('only the author edits a contact, within the edit window and at its current version', async () => {
    const logged = await api.graphql(LOG, { input: visit(wang, { type: 'PHONE' }) }, as('rm1'));
    const { id } = logged.data!.logContact;
    const edit = {
      occurredAt: hoursAgo(2),
      type: 'VIDEO',
      purpose: 'SERVICE',
      outcome: 'NEUTRAL',
      notes: 'Video call, not a phone call',
      nextStep: '',
    };
    expect(code(await api.graphql(EDIT, { id, version: 1, edit }, as('head1')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const edited = await api.graphql(EDIT, { id, version: 1, edit }, as('rm1'));
    expect(edited.data!.editContact).toMatchObject({ type: 'VIDEO', version: 2 });
    expect(code(await api.graphql(EDIT, { id, version: 1, edit }, as('rm1')))).toMatchObject({
      code: 'CONFLICT',
    });
    // Written five days ago: past the three-day window, a correction is an addendum.
    await withDb(api.database.url, (db) =>
      db.query(`UPDATE contacts SET created_at = now() - interval '5 days' WHERE id = $1`, [id]),
    );
    const late = await api.graphql(EDIT, { id, version: 2, edit }, as('rm1'));
    expect(code(late)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'EDIT_WINDOW_CLOSED' });
    const addendum = await api.graphql(
      `mutation ($id: ID!) { addContactAddendum(id: $id, text: "The client asked for a callback") { editable addenda { text authorName } } }`,
      { id },
      as('head1'),
    );
    expect(addendum.data!.addContactAddendum).toEqual({
      editable: false,
      addenda: [{ text: 'The client asked for a callback', authorName: expect.any(String) }],
    });
    expect(
      code(await api.graphql(EDIT, { id: '99999', version: 1, edit }, as('rm1'))),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('coverage per RM follows the contacts (branch head), and admin sees it per branch', async () => {
    const COVERAGE = `query ($from: Date!, $to: Date!) { managerCoverage(from: $from, to: $to) {
      coreDays withinDays coverage overdueNow manager { id } } }`;
    const rm2 = async () =>
      (
        await api.graphql(COVERAGE, { from: today(), to: today() }, as('head1'))
      ).data!.managerCoverage.find(
        (row: any) =>
          row.manager.id === String(FIXTURE.managers.rm2) ||
          row.manager.id === FIXTURE.managers.rm2,
      );
    expect(await rm2()).toMatchObject({ coreDays: 1, withinDays: 0, coverage: 0, overdueNow: 1 });
    await api.graphql(LOG, { input: visit(zhang) }, as('rm2'));
    expect(await rm2()).toMatchObject({ coreDays: 1, withinDays: 1, coverage: 1, overdueNow: 0 });
    // An RM sees their own row only; another branch is refused.
    const own = await api.graphql(COVERAGE, { from: today(), to: today() }, as('rm2'));
    expect(own.data!.managerCoverage).toHaveLength(1);
    const other = await api.graphql(
      `{ managerCoverage(from: "${today()}", to: "${today()}", branchId: 2) { coreDays } }`,
      {},
      as('head1'),
    );
    expect(code(other)).toMatchObject({ code: 'FORBIDDEN' });
    const backwards = await api.graphql(
      `{ managerCoverage(from: "${today()}", to: "2026-01-01") { coreDays } }`,
      {},
      as('head1'),
    );
    expect(code(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const branches = await api.graphql(
      `{ branchCoverage(from: "${today()}", to: "${today()}") { coreDays withinDays branch { code } } }`,
      {},
      as('admin'),
    );
    expect(branches.data!.branchCoverage.map((row: any) => row.branch.code)).toEqual([
      'B001',
      'B002',
    ]);
    expect(
      code(
        await api.graphql(
          `{ branchCoverage(from: "${today()}", to: "${today()}") { coreDays } }`,
          {},
          as('hr'),
        ),
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('after a reassignment the new RM sees every earlier contact, and the old RM none', async () => {
    const moved = await api.graphql(
      `mutation { reassignClient(clientId: "${wang}", managerId: ${FIXTURE.managers.rm2}, reasonCode: RM_CAPACITY, reason: "Book rebalanced before the review") { id } }`,
      {},
      as('head1'),
    );
    expect(moved.errors).toBeUndefined();
    const seen = await api.graphql(CYCLE, { id: wang }, as('rm2'));
    expect(seen.errors).toBeUndefined();
    const authors = seen.data!.client.contacts.edges.map((e: any) => e.node.editable);
    expect(authors.length).toBeGreaterThanOrEqual(3);
    expect(authors.every((editable: boolean) => !editable)).toBe(true);
    // Contacted today by the old RM: the cycle runs on from that contact.
    expect(seen.data!.client.cycle.dueOn).toBe(addDays(seen.data!.client.cycle.lastContactOn, 60));
    expect(code(await api.graphql(CYCLE, { id: wang }, as('rm1')))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it("the client's timeline holds contacts and assignment changes, newest first, paged", async () => {
    const TIMELINE = `query ($after: String) { clientTimeline(clientId: "${wang}", first: 2, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { id kind at reason manager { id } contact { type } tier previousTier } } } }`;
    const first = await api.graphql(TIMELINE, {}, as('head1'));
    expect(first.errors).toBeUndefined();
    const page = first.data!.clientTimeline;
    expect(page.edges[0].node).toMatchObject({ kind: 'ASSIGNMENT', reason: 'RM_CAPACITY' });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const kinds: string[] = page.edges.map((e: any) => e.node.kind);
    let after = page.pageInfo.endCursor;
    while (after) {
      const next = await api.graphql(TIMELINE, { after }, as('head1'));
      kinds.push(...next.data!.clientTimeline.edges.map((e: any) => e.node.kind));
      after = next.data!.clientTimeline.pageInfo.hasNextPage
        ? next.data!.clientTimeline.pageInfo.endCursor
        : null;
    }
    expect(kinds.filter((kind) => kind === 'CONTACT').length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((kind) => kind === 'ASSIGNMENT')).toHaveLength(2);
    expect(kinds).toContain('RANKING');
  });

  it('admin changes the cycles from today; every due date follows; stale versions and others are refused', async () => {
    const SETTINGS = `{ contactCycleSettings { version effectiveOn graceDays cycleDays { GOLD } countingTypes } }`;
    const current = (await api.graphql(SETTINGS, {}, as('rm1'))).data!.contactCycleSettings;
    expect(current).toMatchObject({ version: 1, graceDays: 14, cycleDays: { GOLD: 60 } });
    const UPDATE = `mutation ($input: ContactCycleSettingsInput!, $version: Int!) {
      updateContactCycleSettings(input: $input, version: $version) { version effectiveOn cycleDays { GOLD } } }`;
    const input = {
      cycleDays: { PLATINUM: 30, GOLD: 45, SILVER: 90, BRONZE: 180 },
      countingTypes: ['VISIT', 'PHONE', 'VIDEO', 'BRANCH_MEETING'],
      graceDays: 14,
      editWindowDays: 3,
    };
    expect(code(await api.graphql(UPDATE, { input, version: 1 }, as('head1')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const bad = await api.graphql(
      UPDATE,
      { input: { ...input, countingTypes: [] }, version: 1 },
      as('admin'),
    );
    expect(code(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countingTypes' });
    const updated = await api.graphql(UPDATE, { input, version: 1 }, as('admin'));
    expect(updated.data!.updateContactCycleSettings).toEqual({
      version: 2,
      effectiveOn: today(),
      cycleDays: { GOLD: 45 },
    });
    expect(code(await api.graphql(UPDATE, { input, version: 1 }, as('admin')))).toMatchObject({
      code: 'CONFLICT',
    });
    const wangNow = await api.graphql(CYCLE, { id: wang }, as('rm2'));
    expect(wangNow.data!.client.cycle).toMatchObject({ cycleDays: 45 });
    expect(wangNow.data!.client.cycle.dueOn).toBe(
      addDays(wangNow.data!.client.cycle.lastContactOn, 45),
    );
    const history = await api.graphql(
      `{ contactCycleSettingsHistory { version } }`,
      {},
      as('admin'),
    );
    expect(history.data!.contactCycleSettingsHistory).toEqual([{ version: 2 }, { version: 1 }]);
  });
});
