import { addDays, todayIn } from '@corebook/domain';
import { withDb } from './support/ranking-fixture';
import { FIXTURE, startTestApi, type TestApi } from './support/test-api';

const { wang, li, zhang } = FIXTURE.clients;
const USERS = { head1: 3, rm1: 5, rm2: 6 };
const today = () => todayIn('Asia/Shanghai');
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

const COMPLAINT = `id status dueOn standing handlerId handlerName version extended pauses { from to } decidedLate upheld
  redressAmount summary rootCause responsibleManager { id } client { id } clockStartedOn`;
const RECORD = `mutation ($input: ComplaintInput!) { recordComplaint(input: $input) { ${COMPLAINT} } }`;
const ACT = (mutation: string, args = '') =>
  `mutation ($id: ID!, $v: Int!${args ? `, ${args}` : ''}) { ${mutation}(id: $id, version: $v${
    args ? `, ${args.replace(/\$(\w+): [^,]+/g, '$1: $$$1')}` : ''
  }) { ${COMPLAINT} } }`;

const complaint = (clientId: string, extra: Record<string, unknown> = {}) => ({
  clientId,
  receivedAt: daysAgo(1),
  incidentOn: addDays(today(), -3),
  channel: 'BRANCH',
  business: 'WEALTH',
  cause: 'MIS_SELLING',
  severity: 'HIGH',
  complexity: 'SIMPLE',
  description: 'Sold a wealth product above the risk rating the client agreed to',
  clientRequest: 'Refund of the fees',
  ...extra,
});

describe('complaints on the regulator’s clock (issue 18)', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ token: tokens[user] });
  const code = (result: { errors?: { extensions: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions;

  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'head1', 'head2', 'rm1', 'rm2', 'hr'])
      tokens[user] = await api.tokenFor(user);
  });
  afterAll(() => api.close());

  it('an RM records a complaint; the responsible RM is the client’s RM on the incident date; the clock runs 15 days', async () => {
    const recorded = await api.graphql(RECORD, { input: complaint(wang) }, as('rm1'));
    expect(recorded.errors).toBeUndefined();
    const received = todayIn('Asia/Shanghai', new Date(Date.now() - 86_400_000));
    expect(recorded.data!.recordComplaint).toMatchObject({
      status: 'RECEIVED',
      responsibleManager: { id: FIXTURE.managers.rm1 },
      dueOn: addDays(received, 15),
      standing: 'ON_TIME',
      version: 1,
    });
    // Before the books were made on 1 January the client had no RM: nobody is responsible.
    const older = await api.graphql(
      RECORD,
      { input: complaint(wang, { incidentOn: '2025-12-20', complexity: 'COMPLEX' }) },
      as('head1'),
    );
    expect(older.data!.recordComplaint).toMatchObject({
      responsibleManager: null,
      dueOn: addDays(received, 30),
    });
  });

  it('the branch head assigns a handler, never the responsible RM; the handler works the case to a decision', async () => {
    const { id } = (await api.graphql(RECORD, { input: complaint(wang) }, as('rm1'))).data!
      .recordComplaint;
    // Whom the head may choose: the branch's RMs, then its head; the responsible RM recused.
    const HANDLERS = `query ($id: ID!) { complaintHandlers(id: $id) { userId name role recused } }`;
    expect((await api.graphql(HANDLERS, { id }, as('head1'))).data!.complaintHandlers).toEqual([
      { userId: USERS.rm1, name: 'Liu Yang', role: 'RM', recused: true },
      { userId: USERS.rm2, name: 'Sun Mei', role: 'RM', recused: false },
      { userId: USERS.head1, name: 'Head of Riverside', role: 'BRANCH_HEAD', recused: false },
    ]);
    for (const user of ['rm1', 'head2'])
      expect(code(await api.graphql(HANDLERS, { id }, as(user)))).toMatchObject({
        code: 'FORBIDDEN',
      });
    const ASSIGN = ACT('assignComplaintHandler', '$handlerId: Int!');
    const recused = await api.graphql(ASSIGN, { id, v: 1, handlerId: USERS.rm1 }, as('head1'));
    expect(code(recused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'handlerId',
      rule: 'HANDLER_RECUSED',
    });
    expect(
      code(await api.graphql(ASSIGN, { id, v: 1, handlerId: USERS.rm2 }, as('rm1'))),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    // Nobody handles it yet: the handler's work waits.
    expect(
      code(await api.graphql(ACT('acknowledgeComplaint'), { id, v: 1 }, as('head1'))),
    ).toMatchObject({
      rule: 'HANDLER_NEEDED',
    });
    const assigned = await api.graphql(ASSIGN, { id, v: 1, handlerId: USERS.rm2 }, as('head1'));
    expect(assigned.data!.assignComplaintHandler).toMatchObject({
      handlerId: USERS.rm2,
      handlerName: 'Sun Mei',
      version: 2,
    });
    // The responsible RM does not work on it; the handler does.
    expect(
      code(await api.graphql(ACT('acknowledgeComplaint'), { id, v: 2 }, as('rm1'))),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (await api.graphql(ACT('acknowledgeComplaint'), { id, v: 2 }, as('rm2'))).data!
        .acknowledgeComplaint.status,
    ).toBe('ACKNOWLEDGED');
    expect(
      code(await api.graphql(ACT('acknowledgeComplaint'), { id, v: 2 }, as('rm2'))),
    ).toMatchObject({
      code: 'CONFLICT',
    });
    await api.graphql(ACT('startComplaint'), { id, v: 3 }, as('rm2'));
    const paused = await api.graphql(
      ACT('pauseComplaint', '$note: String!'),
      { id, v: 4, note: 'Waiting for the product risk appraisal' },
      as('rm2'),
    );
    expect(paused.data!.pauseComplaint).toMatchObject({
      status: 'PAUSED',
      dueOn: null,
      standing: 'PAUSED',
    });
    const resumed = await api.graphql(ACT('resumeComplaint'), { id, v: 5 }, as('rm2'));
    expect(resumed.data!.resumeComplaint).toMatchObject({
      status: 'IN_PROGRESS',
      pauses: [{ from: today(), to: today() }],
    });
    // A simple complaint is not extended.
    const extend = await api.graphql(
      ACT('extendComplaint', '$input: ComplaintExtensionInput!'),
      { id, v: 6, input: { reason: 'Needs the head office', clientInformedOn: today() } },
      as('head1'),
    );
    expect(code(extend)).toMatchObject({ rule: 'NOT_ESPECIALLY_COMPLEX' });
    const DECIDE = ACT('decideComplaint', '$input: ComplaintDecisionInput!');
    const decision = {
      decision: 'Fees refunded',
      summary: 'The product was above the client’s risk rating',
      rootCause: 'Risk check skipped at the counter; checklist changed',
      redressAmount: '1280.50',
      upheld: true,
    };
    expect(
      code(
        await api.graphql(DECIDE, { id, v: 6, input: { ...decision, summary: '  ' } }, as('rm2')),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'summary',
      rule: 'REQUIRED',
    });
    expect(
      code(
        await api.graphql(
          DECIDE,
          { id, v: 6, input: { ...decision, redressAmount: '12.345' } },
          as('rm2'),
        ),
      ),
    ).toMatchObject({
      field: 'redressAmount',
    });
    const decided = await api.graphql(DECIDE, { id, v: 6, input: decision }, as('rm2'));
    expect(decided.data!.decideComplaint).toMatchObject({
      status: 'DECIDED',
      upheld: true,
      redressAmount: '1280.50',
      decidedLate: false,
    });
    const closed = await api.graphql(
      `mutation ($id: ID!) { closeComplaint(id: $id, version: 7, survey: { overall: 8, expectations: 7, ideal: 6 }) { status } }`,
      { id },
      as('rm2'),
    );
    expect(closed.data!.closeComplaint.status).toBe('CLOSED');
    const survey = await withDb(api.database.url, (db) =>
      db.query(
        `SELECT manager_id, source, satisfaction_index::text AS index FROM survey_responses WHERE complaint_id = $1`,
        [id],
      ),
    );
    // Credited to the client's RM on the survey date; ((7 x .39) + (6 x .32) + (5 x .29)) / 9.
    expect(survey.rows).toEqual([
      { manager_id: FIXTURE.managers.rm1, source: 'COMPLAINT', index: '67.78' },
    ]);
    const events = await api.graphql(
      `query ($id: ID!) { complaint(id: $id) { events { action toStatus version } } }`,
      { id },
      as('head1'),
    );
    expect(events.data!.complaint.events.map((e: any) => e.action)).toEqual([
      'RECORD',
      'ASSIGN',
      'ACKNOWLEDGE',
      'START',
      'PAUSE',
      'RESUME',
      'DECIDE',
      'CLOSE',
    ]);
    const reopened = await api.graphql(
      ACT('reopenComplaint', '$note: String!'),
      { id, v: 8, note: 'The client found a second product sold the same day' },
      as('head1'),
    );
    expect(reopened.data!.reopenComplaint).toMatchObject({
      status: 'IN_PROGRESS',
      clockStartedOn: today(),
      dueOn: addDays(today(), 15),
      upheld: null,
    });
  });

  it('an especially complex case is extended once, with approval; repeats merge; withdrawals end the clock', async () => {
    const { id } = (
      await api.graphql(
        RECORD,
        { input: complaint(li, { complexity: 'ESPECIALLY_COMPLEX' }) },
        as('head1'),
      )
    ).data!.recordComplaint;
    await api.graphql(
      ACT('assignComplaintHandler', '$handlerId: Int!'),
      { id, v: 1, handlerId: USERS.head1 },
      as('head1'),
    );
    await api.graphql(ACT('acknowledgeComplaint'), { id, v: 2 }, as('head1'));
    const EXTEND = ACT('extendComplaint', '$input: ComplaintExtensionInput!');
    const extended = await api.graphql(
      EXTEND,
      {
        id,
        v: 3,
        input: { reason: 'Needs the head office’s legal review', clientInformedOn: today() },
      },
      as('head1'),
    );
    const received = todayIn('Asia/Shanghai', new Date(Date.now() - 86_400_000));
    expect(extended.data!.extendComplaint).toMatchObject({
      extended: true,
      dueOn: addDays(received, 60),
    });
    // The history keeps whom it was given to, and the day the client was told of the extension.
    const history = await api.graphql(
      `query ($id: ID!) { complaint(id: $id) { events { action note assignedName clientInformedOn } } }`,
      { id },
      as('head1'),
    );
    expect(history.data!.complaint.events.slice(1)).toEqual([
      { action: 'ASSIGN', note: null, assignedName: 'Head of Riverside', clientInformedOn: null },
      { action: 'ACKNOWLEDGE', note: null, assignedName: null, clientInformedOn: null },
      {
        action: 'EXTEND',
        note: 'Needs the head office’s legal review',
        assignedName: null,
        clientInformedOn: today(),
      },
    ]);
    expect(
      code(
        await api.graphql(
          EXTEND,
          { id, v: 4, input: { reason: 'Again', clientInformedOn: today() } },
          as('head1'),
        ),
      ),
    ).toMatchObject({
      rule: 'ALREADY_EXTENDED',
    });
    const repeat = (
      await api.graphql(RECORD, { input: complaint(li, { receivedAt: daysAgo(0.1) }) }, as('head1'))
    ).data!.recordComplaint;
    const MERGE = ACT('mergeComplaint', '$intoId: ID!, $note: String!');
    expect(
      code(
        await api.graphql(
          MERGE,
          { id: repeat.id, v: 1, intoId: repeat.id, note: 'Same facts' },
          as('head1'),
        ),
      ),
    ).toMatchObject({
      rule: 'MERGE_TARGET',
    });
    const merged = await api.graphql(
      MERGE,
      { id: repeat.id, v: 1, intoId: id, note: 'Same facts as the first' },
      as('head1'),
    );
    expect(merged.data!.mergeComplaint).toMatchObject({ status: 'MERGED', dueOn: null });
    const other = (await api.graphql(RECORD, { input: complaint(li) }, as('head1'))).data!
      .recordComplaint;
    const withdrawn = await api.graphql(
      ACT('withdrawComplaint', '$note: String!'),
      { id: other.id, v: 1, note: 'The client called to withdraw' },
      as('head1'),
    );
    expect(withdrawn.data!.withdrawComplaint).toMatchObject({
      status: 'WITHDRAWN',
      dueOn: null,
      standing: null,
    });
  });

  it('lists complaints overdue and due soon for the handler, the branch head and admin', async () => {
    const late = (
      await api.graphql(
        RECORD,
        { input: complaint(zhang, { receivedAt: daysAgo(20), incidentOn: addDays(today(), -25) }) },
        as('head1'),
      )
    ).data!.recordComplaint;
    expect(late.standing).toBe('OVERDUE');
    await api.graphql(
      ACT('assignComplaintHandler', '$handlerId: Int!'),
      { id: late.id, v: 1, handlerId: USERS.rm1 },
      as('head1'),
    );
    const soon = (
      await api.graphql(
        RECORD,
        { input: complaint(zhang, { receivedAt: daysAgo(13), incidentOn: addDays(today(), -14) }) },
        as('head1'),
      )
    ).data!.recordComplaint;
    expect(soon.standing).toBe('DUE_SOON');
    const LIST = `query ($f: ComplaintFilter) { complaints(filter: $f) { totalCount edges { node { id standing } } } }`;
    const overdue = await api.graphql(LIST, { f: { standing: 'OVERDUE' } }, as('head1'));
    expect(overdue.data!.complaints.edges.map((e: any) => e.node.id)).toEqual([late.id]);
    const dueSoon = await api.graphql(LIST, { f: { standing: 'DUE_SOON' } }, as('admin'));
    expect(dueSoon.data!.complaints.edges.map((e: any) => e.node.id)).toEqual([soon.id]);
    const mine = await api.graphql(LIST, { f: { handledByMe: true, open: true } }, as('rm1'));
    expect(mine.data!.complaints.edges.map((e: any) => e.node.id)).toEqual([late.id]);
  });

  it('refuses HR, RMs outside the book, other branches, bad dates', async () => {
    const LIST = `{ complaints { totalCount } }`;
    expect(code(await api.graphql(LIST, {}, as('hr')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await api.graphql(RECORD, { input: complaint(wang) }, as('hr')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { id } = (await api.graphql(RECORD, { input: complaint(wang) }, as('rm1'))).data!
      .recordComplaint;
    // rm2 neither serves Wang Fang nor handles this one; head2 runs another branch.
    expect(
      code(await api.graphql(`query ($id: ID!) { complaint(id: $id) { id } }`, { id }, as('rm2'))),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      code(
        await api.graphql(`query ($id: ID!) { complaint(id: $id) { id } }`, { id }, as('head2')),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      code(await api.graphql(`{ complaint(id: "987654") { id } }`, {}, as('admin'))),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(code(await api.graphql(RECORD, { input: complaint(zhang) }, as('rm1')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(code(await api.graphql(RECORD, { input: complaint(wang) }, as('head2')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const rmSees = await api.graphql(
      `{ complaints { edges { node { client { id } handlerName } } } }`,
      {},
      as('rm2'),
    );
    // Sun Mei sees her own client's complaints and the one she handles, nothing else.
    expect(
      rmSees.data!.complaints.edges.every(
        (e: any) => e.node.client.id === zhang || e.node.handlerName === 'Sun Mei',
      ),
    ).toBe(true);
    expect(rmSees.data!.complaints.edges.length).toBeGreaterThan(0);
    expect(
      code(
        await api.graphql(
          RECORD,
          {
            input: complaint(wang, { receivedAt: new Date(Date.now() + 3_600_000).toISOString() }),
          },
          as('rm1'),
        ),
      ),
    ).toMatchObject({
      rule: 'DATE_IN_FUTURE',
    });
    expect(
      code(
        await api.graphql(
          RECORD,
          { input: complaint(wang, { incidentOn: addDays(today(), 1) }) },
          as('rm1'),
        ),
      ),
    ).toMatchObject({
      field: 'incidentOn',
      rule: 'INCIDENT_AFTER_RECEIPT',
    });
    expect(
      code(await api.graphql(RECORD, { input: complaint(wang, { description: ' ' }) }, as('rm1'))),
    ).toMatchObject({
      field: 'description',
      rule: 'REQUIRED',
    });
  });

  it('summarises a period per category, cause, branch and responsible RM (branch head, admin; not RMs)', async () => {
    const SUMMARY = `query ($from: Date!, $to: Date!, $b: Int) { complaintSummary(from: $from, to: $to, branchId: $b) {
      received decided decidedOnTime onTimeShare upheld upheldRate redressPaid medianDaysToDecision open overdue
      byBusiness { key count upheld } byCause { key count } byBranch { key count } byResponsibleManager { key count } } }`;
    const period = { from: addDays(today(), -60), to: today() };
    const summary = (await api.graphql(SUMMARY, period, as('head1'))).data!.complaintSummary;
    const total = await withDb(api.database.url, (db) =>
      db.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE upheld)::int AS upheld FROM complaints WHERE branch_id = 1`,
      ),
    );
    expect(summary.received).toBe(total.rows[0].n);
    expect(summary.upheld).toBe(total.rows[0].upheld);
    expect(summary.byBusiness.reduce((n: number, row: any) => n + row.count, 0)).toBe(
      summary.received,
    );
    expect(summary.byBranch).toEqual([{ key: '1', count: summary.received }]);
    expect(
      summary.byResponsibleManager.find((row: any) => row.key === String(FIXTURE.managers.rm1))
        .count,
    ).toBeGreaterThan(0);
    expect(summary.overdue).toBeGreaterThanOrEqual(1);
    const bank = (await api.graphql(SUMMARY, period, as('admin'))).data!.complaintSummary;
    expect(bank.received).toBeGreaterThanOrEqual(summary.received);
    expect(code(await api.graphql(SUMMARY, period, as('rm1')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(code(await api.graphql(SUMMARY, { ...period, b: 2 }, as('head1')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      code(await api.graphql(SUMMARY, { from: today(), to: addDays(today(), -1) }, as('admin'))),
    ).toMatchObject({
      field: 'to',
    });
  });

  it("each RM's complaints and satisfaction for the scorecard: an RM their own, the branch head the branch's", async () => {
    await withDb(api.database.url, async (db) => {
      // Twelve vendor responses for Liu Yang (rm1), two for Sun Mei (rm2).
      for (let i = 0; i < 14; i++)
        await db.query(
          `INSERT INTO survey_responses (client_id, branch_id, manager_id, surveyed_on, overall, expectations, ideal, recommend,
             satisfaction_index, source, response_no)
           VALUES ($1, 1, $2, $3, 10, 10, 10, 10, 100, 'IMPORT', $4)`,
          [
            i < 12 ? wang : zhang,
            i < 12 ? FIXTURE.managers.rm1 : FIXTURE.managers.rm2,
            today(),
            `R-${i}`,
          ],
        );
      await db.query(
        `UPDATE survey_responses SET overall = 1, expectations = 1, ideal = 1, satisfaction_index = 0 WHERE response_no = 'R-13'`,
      );
    });
    const QUALITY = `query ($from: Date!, $to: Date!) { serviceQuality(from: $from, to: $to) {
      manager { id } complaints upheld responses meanIndex satisfactionIndex netPromoterScore complaintResponses } }`;
    const period = { from: addDays(today(), -60), to: today() };
    const rows = (await api.graphql(QUALITY, period, as('head1'))).data!.serviceQuality;
    const liu = rows.find((row: any) => row.manager.id === FIXTURE.managers.rm1);
    const sun = rows.find((row: any) => row.manager.id === FIXTURE.managers.rm2);
    expect(liu).toMatchObject({
      responses: 12,
      meanIndex: 100,
      satisfactionIndex: 100,
      complaintResponses: 1,
    });
    expect(liu.complaints).toBeGreaterThan(0);
    // Two responses (100 and 0, mean 50) of ten wanted: 2/10 own, 8/10 the branch mean (1200 + 100) / 14.
    expect(sun).toMatchObject({ responses: 2, meanIndex: 50 });
    expect(sun.satisfactionIndex).toBeCloseTo((2 * 50 + 8 * (1300 / 14)) / 10, 2);
    const own = (await api.graphql(QUALITY, period, as('rm2'))).data!.serviceQuality;
    expect(own.map((row: any) => row.manager.id)).toEqual([FIXTURE.managers.rm2]);
    expect(code(await api.graphql(QUALITY, period, as('hr')))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("complaints and survey responses join the client's timeline", async () => {
    const timeline = await api.graphql(
      `{ clientTimeline(clientId: "${wang}", first: 100) { edges { node { kind reason satisfactionIndex complaint { id status } } } } }`,
      {},
      as('head1'),
    );
    const kinds = timeline.data!.clientTimeline.edges.map((e: any) => e.node.kind);
    expect(kinds).toContain('COMPLAINT');
    expect(kinds).toContain('SURVEY');
    const client = await api.graphql(
      `{ client(id: "${wang}") { complaints { totalCount } } }`,
      {},
      as('rm1'),
    );
    expect(client.data!.client.complaints.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('admin sets the deadlines as numbers (another regulator’s 8 weeks)', async () => {
    const UPDATE = `mutation ($input: ComplaintSettingsInput!, $v: Int!) { updateComplaintSettings(input: $input, version: $v) { deadlineDays { SIMPLE } version } }`;
    const eightWeeks = {
      deadlineDays: { SIMPLE: 56, COMPLEX: 56, ESPECIALLY_COMPLEX: 56 },
      extensionDays: 0,
      dueSoonDays: 7,
    };
    expect(code(await api.graphql(UPDATE, { input: eightWeeks, v: 1 }, as('head1')))).toMatchObject(
      { code: 'FORBIDDEN' },
    );
    expect(
      code(
        await api.graphql(UPDATE, { input: { ...eightWeeks, dueSoonDays: 31 }, v: 1 }, as('admin')),
      ),
    ).toMatchObject({
      field: 'dueSoonDays',
    });
    const saved = await api.graphql(UPDATE, { input: eightWeeks, v: 1 }, as('admin'));
    expect(saved.data!.updateComplaintSettings).toEqual({
      deadlineDays: { SIMPLE: 56 },
      version: 2,
    });
    const recorded = await api.graphql(
      RECORD,
      { input: complaint(wang, { receivedAt: daysAgo(0.01), incidentOn: today() }) },
      as('rm1'),
    );
    expect(recorded.data!.recordComplaint.dueOn).toBe(addDays(today(), 56));
  });
});
