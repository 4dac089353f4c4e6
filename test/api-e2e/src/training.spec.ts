import { bankToday } from '@corebook/server/common';
import { Workbook } from 'exceljs';
import { startTestApi, type TestApi } from './support/test-api';

const CREATE_ACTIVITY = `mutation ($input: TrainingActivityInput!) { createTrainingActivity(input: $input) { id code points version } }`;
const RECORD = `mutation ($input: TrainingRecordInput!) { recordTraining(input: $input) { id pointsAwarded pointsOverrideReason version status } }`;
const FILE = `query ($m: Int!, $y: Int!) { trainingFile(managerId: $m, year: $y) { required earned shortfall renewalAtRisk riskReasons manager { employeeNo } history { id status voidReason } } }`;
const IMPORT = `mutation ($name: String!, $content: String!) { importTrainingRecords(fileName: $name, contentBase64: $content) {
  id status totalRows accepted rejected duplicates lines(first: 50) { edges { node { lineNo outcome reason } } } } }`;
const COMMIT = `mutation ($id: ID!) { commitTrainingImport(importId: $id) { status committed } }`;

const activity = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  type: 'CENTRALISED',
  title: `Course ${code}`,
  provider: 'Head office',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  points: '8.0',
  ...extra,
});
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('training files and points', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  let t1: number;
  beforeAll(async () => {
    api = await startTestApi();
    for (const user of ['admin', 'hr', 'head1', 'head2', 'rm1', 'rm2'])
      tokens[user] = await api.tokenFor(user);
    t1 = (await api.graphql(CREATE_ACTIVITY, { input: activity('T-001') }, { token: tokens.hr }))
      .data!.createTrainingActivity.id;
    const ethics = await api.graphql(
      CREATE_ACTIVITY,
      { input: activity('ETH-2026', { type: 'ETHICS', points: '4.0', mandatory: true }) },
      { token: tokens.hr },
    );
    expect(ethics.errors).toBeUndefined();
  });
  afterAll(() => api.close());

  describe('the catalogue', () => {
    it('is kept by HR and admin; RMs and branch heads only read it', async () => {
      for (const user of ['rm1', 'head1']) {
        const refused = await api.graphql(
          CREATE_ACTIVITY,
          { input: activity(`X-${user}`) },
          { token: tokens[user] },
        );
        expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
        const list = await api.graphql(
          `{ trainingActivities { code } }`,
          {},
          { token: tokens[user] },
        );
        expect(list.data!.trainingActivities.map((a: any) => a.code).sort()).toEqual([
          'ETH-2026',
          'T-001',
        ]);
      }
    });

    it('refuses bad activities naming the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [activity('BAD-1', { endsOn: '2025-12-31' }), 'endsOn'],
        [activity('BAD-2', { type: 'CERTIFICATION' }), 'validityMonths'],
        [activity('BAD-3', { validityMonths: 12 }), 'validityMonths'],
        [activity('BAD-4', { points: '12.25' }), 'points'],
        [activity('t-001'), 'code'],
        [activity('BAD 5'), 'code'],
        [activity('BAD-6', { mandatoryGrades: ['CEO'] }), 'mandatoryGrades'],
      ];
      for (const [input, field] of cases) {
        const result = await api.graphql(CREATE_ACTIVITY, { input }, { token: tokens.hr });
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      // A code already taken (ignoring case) carries its rule, so the portal can say so.
      const taken = await api.graphql(
        CREATE_ACTIVITY,
        { input: activity('t-001') },
        { token: tokens.hr },
      );
      expect(taken.errors![0].extensions).toMatchObject({
        rule: 'DUPLICATE_CODE',
        params: { code: 't-001' },
      });
    });

    it('refuses a stale edit with CONFLICT and audits the change', async () => {
      const UPDATE = `mutation ($id: Int!, $v: Int!, $input: TrainingActivityInput!) { updateTrainingActivity(id: $id, version: $v, input: $input) { version title } }`;
      const created = (
        await api.graphql(CREATE_ACTIVITY, { input: activity('EDIT-1') }, { token: tokens.hr })
      ).data!.createTrainingActivity;
      const first = await api.graphql(
        UPDATE,
        { id: created.id, v: created.version, input: activity('EDIT-1', { title: 'Renamed' }) },
        { token: tokens.hr },
      );
      expect(first.data!.updateTrainingActivity).toEqual({
        version: created.version + 1,
        title: 'Renamed',
      });
      const stale = await api.graphql(
        UPDATE,
        { id: created.id, v: created.version, input: activity('EDIT-1', { title: 'Again' }) },
        { token: tokens.admin },
      );
      expect(stale.errors![0].extensions.code).toBe('CONFLICT');
      const log = await api.graphql(
        `query ($id: String) { auditLog(filter: { entityType: "TrainingActivity", entityId: $id }) { edges { node { operation before after } } } }`,
        { id: String(created.id) },
        { token: tokens.admin },
      );
      const update = log.data!.auditLog.edges.find(
        (e: any) => e.node.operation === 'updateTrainingActivity',
      ).node;
      expect([update.before.title, update.after.title]).toEqual(['Course EDIT-1', 'Renamed']);
    });
  });

  describe('records', () => {
    it('HR records, corrects and voids; voided records stay in the history but stop counting', async () => {
      const recorded = (
        await api.graphql(
          RECORD,
          { input: { managerId: 2, activityId: t1, completedOn: '2026-03-10', hours: '6' } },
          { token: tokens.hr },
        )
      ).data!.recordTraining;
      expect(recorded).toMatchObject({
        pointsAwarded: '8.0',
        pointsOverrideReason: null,
        status: 'ACTIVE',
      });
      const duplicate = await api.graphql(
        RECORD,
        { input: { managerId: 2, activityId: t1, completedOn: '2026-03-10', hours: '6' } },
        { token: tokens.hr },
      );
      // Not a version conflict: the rule tells the portal to say what is wrong.
      expect(duplicate.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        rule: 'DUPLICATE_RECORD',
      });

      const CORRECT = `mutation ($id: ID!, $v: Int!, $c: TrainingRecordCorrection!) { correctTrainingRecord(id: $id, version: $v, correction: $c) { pointsAwarded version } }`;
      const noReason = await api.graphql(
        CORRECT,
        {
          id: recorded.id,
          v: recorded.version,
          c: { pointsAwarded: '9.0', reason: 'extra module' },
        },
        { token: tokens.hr },
      );
      expect(noReason.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'pointsOverrideReason',
      });
      const corrected = await api.graphql(
        CORRECT,
        {
          id: recorded.id,
          v: recorded.version,
          c: {
            pointsAwarded: '9.0',
            pointsOverrideReason: 'Attended the extra module',
            reason: 'extra module',
          },
        },
        { token: tokens.hr },
      );
      expect(corrected.data!.correctTrainingRecord).toEqual({
        pointsAwarded: '9.0',
        version: recorded.version + 1,
      });
      expect(
        (await api.graphql(FILE, { m: 2, y: 2026 }, { token: tokens.hr })).data!.trainingFile
          .earned,
      ).toBe('9.0');

      const VOID = `mutation ($id: ID!, $v: Int!, $r: String!) { voidTrainingRecord(id: $id, version: $v, reason: $r) { status voidReason } }`;
      const stale = await api.graphql(
        VOID,
        { id: recorded.id, v: recorded.version, r: 'wrong person' },
        { token: tokens.hr },
      );
      expect(stale.errors![0].extensions.code).toBe('CONFLICT');
      const voided = await api.graphql(
        VOID,
        { id: recorded.id, v: recorded.version + 1, r: 'wrong person' },
        { token: tokens.hr },
      );
      expect(voided.data!.voidTrainingRecord).toEqual({
        status: 'VOIDED',
        voidReason: 'wrong person',
      });
      const again = await api.graphql(
        VOID,
        { id: recorded.id, v: recorded.version + 2, r: 'twice' },
        { token: tokens.hr },
      );
      expect(again.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        rule: 'RECORD_VOIDED',
      });
      const file = (await api.graphql(FILE, { m: 2, y: 2026 }, { token: tokens.hr })).data!
        .trainingFile;
      expect(file.earned).toBe('0.0');
      expect(file.history).toEqual([
        { id: recorded.id, status: 'VOIDED', voidReason: 'wrong person' },
      ]);

      // Every change is in the audit log, with who, before and after.
      const log = await api.graphql(
        `query ($id: String) { auditLog(filter: { entityType: "TrainingRecord", entityId: $id }) {
          edges { node { operation actorUsername detail before after } } } }`,
        { id: recorded.id },
        { token: tokens.admin },
      );
      const entries = log.data!.auditLog.edges.map((edge: any) => edge.node);
      expect(entries.map((entry: any) => entry.operation)).toEqual([
        'voidTrainingRecord',
        'correctTrainingRecord',
        'recordTraining',
      ]);
      expect(entries.every((entry: any) => entry.actorUsername === 'hr')).toBe(true);
      expect(entries[1]).toMatchObject({
        detail: 'extra module',
        before: { pointsAwarded: '8.0' },
        after: { pointsAwarded: '9.0' },
      });
      expect(entries[0]).toMatchObject({
        before: { status: 'ACTIVE' },
        after: { status: 'VOIDED' },
      });
    });

    it('refuses records from RMs and branch heads, and bad values naming the field', async () => {
      for (const user of ['rm1', 'head1']) {
        const refused = await api.graphql(
          RECORD,
          { input: { managerId: 1, activityId: t1, completedOn: '2026-03-10', hours: '6' } },
          { token: tokens[user] },
        );
        expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const cases: [Record<string, unknown>, string][] = [
        [{ completedOn: '2099-01-01' }, 'completedOn'],
        [{ completedOn: '2025-06-01' }, 'completedOn'],
        [{ hours: '-2' }, 'hours'],
        [{ score: '120' }, 'score'],
        [{ pointsAwarded: '500.0', pointsOverrideReason: 'x' }, 'pointsAwarded'],
        [{ managerId: 999 }, 'managerId'],
        [{ activityId: 999 }, 'activityId'],
      ];
      for (const [change, field] of cases) {
        const input = {
          managerId: 1,
          activityId: t1,
          completedOn: '2026-04-01',
          hours: '2',
          ...change,
        };
        const result = await api.graphql(RECORD, { input }, { token: tokens.hr });
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        if (change.completedOn === '2099-01-01')
          expect(result.errors![0].extensions.rule).toBe('DATE_IN_FUTURE');
        if (change.completedOn === '2025-06-01')
          expect(result.errors![0].extensions).toMatchObject({
            rule: 'OUTSIDE_ACTIVITY',
            params: { from: expect.any(String), to: expect.any(String) },
          });
      }
    });
  });

  describe('bulk import', () => {
    const csv = [
      'employee_no,activity_code,completed_on,hours,score,passed,points,evidence',
      'E001,T-001,2026-05-02,6,88,yes,,cert A',
      'E001,ETH-2026,2026-05-03,2,,,,',
      'E404,T-001,2026-05-02,6,,,,',
      'E001,NOPE,2026-05-02,6,,,,',
      'E001,T-001,2026/05/02,6,,,,',
      'E003,T-001,2026-05-04,6,,,250,',
      'E001,T-001,2026-05-02,3,,,,',
      'E003,T-001,2026-05-05,4,,,,',
    ].join('\n');

    it('previews each line, commits the good ones in one go, and adds nothing the second time', async () => {
      const preview = (
        await api.graphql(
          IMPORT,
          { name: 'lms-may.csv', content: base64(csv) },
          { token: tokens.hr },
        )
      ).data!.importTrainingRecords;
      expect(preview).toMatchObject({
        status: 'PREVIEWED',
        totalRows: 8,
        accepted: 3,
        rejected: 5,
        duplicates: 0,
      });
      expect(
        preview.lines.edges.map((e: any) => [e.node.lineNo, e.node.outcome, e.node.reason]),
      ).toEqual([
        [2, 'ACCEPTED', null],
        [3, 'ACCEPTED', null],
        [4, 'REJECTED', 'unknown RM "E404"'],
        [5, 'REJECTED', 'unknown activity "NOPE"'],
        [6, 'REJECTED', 'bad date "2026/05/02" (use YYYY-MM-DD)'],
        [7, 'REJECTED', 'points "250" out of range (0 to 100)'],
        [8, 'REJECTED', 'duplicate of line 2 in this file'],
        [9, 'ACCEPTED', null],
      ]);
      const before = (await api.graphql(FILE, { m: 1, y: 2026 }, { token: tokens.rm1 })).data!
        .trainingFile.earned;
      const committed = await api.graphql(COMMIT, { id: preview.id }, { token: tokens.hr });
      expect(committed.data!.commitTrainingImport).toEqual({ status: 'COMMITTED', committed: 3 });
      const again = await api.graphql(COMMIT, { id: preview.id }, { token: tokens.hr });
      expect(again.errors![0].extensions.code).toBe('CONFLICT');
      const after = (await api.graphql(FILE, { m: 1, y: 2026 }, { token: tokens.rm1 })).data!
        .trainingFile.earned;
      expect(Number(after) - Number(before)).toBe(12);

      const second = (
        await api.graphql(
          IMPORT,
          { name: 'lms-may.csv', content: base64(csv) },
          { token: tokens.hr },
        )
      ).data!.importTrainingRecords;
      expect(second).toMatchObject({ accepted: 0, duplicates: 3, rejected: 5 });
      expect(
        (await api.graphql(COMMIT, { id: second.id }, { token: tokens.hr })).data!
          .commitTrainingImport.committed,
      ).toBe(0);

      const report = await api.app.inject({
        method: 'GET',
        url: `/training/imports/${preview.id}/rejections.csv`,
        headers: { authorization: `Bearer ${tokens.hr}` },
      });
      expect(report.statusCode).toBe(200);
      expect(report.headers['content-disposition']).toContain('lms-may-rejections.csv');
      expect(report.body).toContain('unknown RM ""E404""');
      expect(report.body.split('\n')).toHaveLength(6);
    });

    it('discards a preview: nothing added, no commit afterwards, and only HR and admin may see or drop it', async () => {
      const preview = (
        await api.graphql(
          IMPORT,
          { name: 'dropped.csv', content: base64(csv) },
          { token: tokens.hr },
        )
      ).data!.importTrainingRecords;
      for (const user of ['rm1', 'head1']) {
        const read = await api.graphql(
          `query ($id: ID!) { trainingImport(id: $id) { id } }`,
          { id: preview.id },
          { token: tokens[user] },
        );
        expect(read.errors![0].extensions.code).toBe('FORBIDDEN');
        const drop = await api.graphql(
          `mutation ($id: ID!) { discardTrainingImport(importId: $id) { status } }`,
          { id: preview.id },
          { token: tokens[user] },
        );
        expect(drop.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const dropped = await api.graphql(
        `mutation ($id: ID!) { discardTrainingImport(importId: $id) { status committed lines { edges { node { lineNo } } } } }`,
        { id: preview.id },
        { token: tokens.admin },
      );
      expect(dropped.data!.discardTrainingImport).toEqual({
        status: 'DISCARDED',
        committed: 0,
        lines: { edges: [] },
      });
      const late = await api.graphql(COMMIT, { id: preview.id }, { token: tokens.hr });
      expect(late.errors![0].extensions.code).toBe('CONFLICT');
      const missing = await api.graphql(COMMIT, { id: '999999' }, { token: tokens.hr });
      expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('reads XLSX exports with Chinese headers', async () => {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('导出');
      sheet.addRow(['工号', '培训编号', '完成日期', '学时', '积分']);
      sheet.addRow(['E002', 'T-001', new Date(Date.UTC(2026, 5, 1)), 3, 8]);
      sheet.addRow(['E002', 'T-001', '2026-13-01', 3, 8]);
      const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      const preview = (
        await api.graphql(IMPORT, { name: '培训.xlsx', content }, { token: tokens.hr })
      ).data!.importTrainingRecords;
      expect(preview).toMatchObject({ totalRows: 2, accepted: 1, rejected: 1 });
    });

    it('refuses files it cannot read, naming the file, and imports by anyone but HR and admin', async () => {
      const noColumns = await api.graphql(
        IMPORT,
        { name: 'x.csv', content: base64('name,date\nA,B') },
        { token: tokens.hr },
      );
      expect(noColumns.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'file',
      });
      expect(noColumns.errors![0].message).toContain('employeeNo');
      const wrongType = await api.graphql(
        IMPORT,
        { name: 'x.pdf', content: base64('%PDF') },
        { token: tokens.hr },
      );
      expect(wrongType.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'fileName',
      });
      for (const user of ['rm1', 'head1']) {
        const refused = await api.graphql(
          IMPORT,
          { name: 'x.csv', content: base64(csv) },
          { token: tokens[user] },
        );
        expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const report = await api.app.inject({
        method: 'GET',
        url: '/training/imports/1/rejections.csv',
        headers: { authorization: `Bearer ${tokens.rm1}` },
      });
      expect(report.statusCode).toBe(403);
    });

    it('takes a file of up to 20 MB as the body of POST /training/imports, for HR and admin only', async () => {
      const upload = (
        body: string | Buffer,
        token: string | undefined,
        fileName = 'lms-june.csv',
      ) =>
        api.app.inject({
          method: 'POST',
          url: `/training/imports?fileName=${encodeURIComponent(fileName)}`,
          headers: {
            'content-type': 'application/octet-stream',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          payload: body,
        });
      // A NUL in one line (a corrupt export) rejects that line with its reason, not the file.
      const corrupt = [
        'employeeNo,activityCode,completedOn,hours,evidence',
        'E001,T-001,2026-06-02,6,@SUM(1+1)',
        'E0\u000001,T-001,2026-06-03,6,',
        'E001,T-001,2026-06-04,6,bell\u0007',
        "=cmd|' /C calc'!A0,T-001,2026-06-05,6,",
      ].join('\n');
      const uploaded = await upload(corrupt, tokens.hr);
      expect(uploaded.statusCode).toBe(201);
      const { id } = uploaded.json<{ id: string }>();
      const lines = await api.graphql(
        `query ($id: ID!) { trainingImport(id: $id) { accepted rejected lines(outcome: REJECTED) { edges { node { lineNo reason raw } } } } }`,
        { id },
        { token: tokens.hr },
      );
      expect(lines.data!.trainingImport).toMatchObject({ accepted: 1, rejected: 3 });
      expect(
        lines.data!.trainingImport.lines.edges.map((edge: { node: unknown }) => edge.node),
      ).toEqual([
        {
          lineNo: 3,
          reason: 'employeeNo holds a control character',
          raw: 'E0\ufffd01,T-001,2026-06-03,6,',
        },
        {
          lineNo: 4,
          reason: 'evidence holds a control character',
          raw: 'E001,T-001,2026-06-04,6,bell\ufffd',
        },
        {
          lineNo: 5,
          reason: 'unknown RM "=cmd|\' /C calc\'!A0"',
          raw: "=cmd|' /C calc'!A0,T-001,2026-06-05,6,",
        },
      ]);
      // Exports never hand a spreadsheet a formula: the report's cell and the records
      // workbook's evidence start with a quote.
      const report = await api.app.inject({
        method: 'GET',
        url: `/training/imports/${id}/rejections.csv`,
        headers: { authorization: `Bearer ${tokens.hr}` },
      });
      expect(report.body).toContain(`"'=cmd|' /C calc'!A0,T-001,2026-06-05,6,"`);
      await api.graphql(COMMIT, { id }, { token: tokens.hr });
      const workbook = new Workbook();
      await workbook.xlsx.load(
        (
          await api.app.inject({
            method: 'GET',
            url: '/training/records.xlsx?year=2026',
            headers: { authorization: `Bearer ${tokens.hr}` },
          })
        ).rawPayload as unknown as ArrayBuffer,
      );
      const evidence = workbook.worksheets[0].getColumn(16).values;
      expect(evidence).toContain("'@SUM(1+1)");
      expect(evidence).not.toContain('@SUM(1+1)');

      const refusal = (response: Awaited<ReturnType<typeof upload>>) => ({
        status: response.statusCode,
        extensions: response.json<{ errors: { extensions: Record<string, unknown> }[] }>().errors[0]
          .extensions,
      });
      expect(refusal(await upload(corrupt, undefined))).toMatchObject({
        status: 401,
        extensions: { code: 'UNAUTHENTICATED' },
      });
      for (const user of ['rm1', 'head1'])
        expect(refusal(await upload(corrupt, tokens[user]))).toMatchObject({
          status: 403,
          extensions: { code: 'FORBIDDEN' },
        });
      expect(refusal(await upload(corrupt, tokens.hr, 'a\u0000.csv'))).toMatchObject({
        status: 400,
        extensions: { code: 'BAD_USER_INPUT', field: 'fileName' },
      });
      expect(refusal(await upload(Buffer.alloc(21 * 1024 * 1024, 0x41), tokens.hr))).toMatchObject({
        status: 413,
        extensions: { code: 'BAD_REQUEST', reason: 'BODY_TOO_LARGE' },
      });
    });
  });

  describe('who reads which training file', () => {
    it('an RM reads only their own file', async () => {
      const own = await api.graphql(FILE, { m: 1, y: 2026 }, { token: tokens.rm1 });
      expect(own.data!.trainingFile).toMatchObject({
        required: 40,
        manager: { employeeNo: 'E001' },
      });
      const other = await api.graphql(FILE, { m: 2, y: 2026 }, { token: tokens.rm1 });
      expect(other.data).toBeNull();
      expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it("a branch head reads the branch's files and overview, not another branch's", async () => {
      const overview = await api.graphql(
        `{ trainingOverview(year: 2026) { manager { employeeNo } renewalAtRisk } }`,
        {},
        { token: tokens.head1 },
      );
      expect(overview.data!.trainingOverview.map((f: any) => f.manager.employeeNo).sort()).toEqual([
        'E001',
        'E002',
      ]);
      const other = await api.graphql(FILE, { m: 3, y: 2026 }, { token: tokens.head1 });
      expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
      const otherOverview = await api.graphql(
        `{ trainingOverview(year: 2026, branchId: 2) { required } }`,
        {},
        { token: tokens.head1 },
      );
      expect(otherOverview.data!.trainingOverview).toEqual([]);
    });

    it('HR reads any file, names the branch for an overview, and still sees no client data', async () => {
      expect(
        (await api.graphql(FILE, { m: 3, y: 2026 }, { token: tokens.hr })).data!.trainingFile
          .manager.employeeNo,
      ).toBe('E003');
      const noBranch = await api.graphql(
        `{ trainingOverview(year: 2026) { required } }`,
        {},
        { token: tokens.hr },
      );
      expect(noBranch.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'branchId',
      });
      const clients = await api.graphql(`{ clients { totalCount } }`, {}, { token: tokens.hr });
      expect(clients.errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it('lists expired and expiring certificates of the RMs in scope only', async () => {
      const day = (offsetDays: number) => bankToday(new Date(Date.now() + offsetDays * 86_400_000));
      const cert = (
        await api.graphql(
          CREATE_ACTIVITY,
          {
            input: activity('CERT-AML', {
              type: 'CERTIFICATION',
              validityMonths: 12,
              startsOn: '2020-01-01',
              endsOn: '2099-12-31',
            }),
          },
          { token: tokens.hr },
        )
      ).data!.createTrainingActivity;
      // rm1 (branch 1): expires in about a month; rm3 (branch 2): expired a year ago; rm2: valid.
      for (const [managerId, completedOn] of [
        [1, day(-335)],
        [3, day(-730)],
        [2, day(-10)],
      ] as const) {
        const recorded = await api.graphql(
          RECORD,
          { input: { managerId, activityId: cert.id, completedOn, hours: '8' } },
          { token: tokens.hr },
        );
        expect(recorded.errors).toBeUndefined();
      }
      const QUERY = `query ($b: Int) { expiringCertificates(branchId: $b) { state manager { employeeNo } activity { code } } }`;
      const all = (await api.graphql(QUERY, {}, { token: tokens.hr })).data!.expiringCertificates;
      expect(all.map((c: any) => [c.manager.employeeNo, c.state])).toEqual([
        ['E003', 'EXPIRED'],
        ['E001', 'EXPIRING'],
      ]);
      const head = (await api.graphql(QUERY, {}, { token: tokens.head1 })).data!
        .expiringCertificates;
      expect(head.map((c: any) => c.manager.employeeNo)).toEqual(['E001']);
      const rm = (await api.graphql(QUERY, {}, { token: tokens.rm2 })).data!.expiringCertificates;
      expect(rm).toEqual([]);
      const branch2 = (await api.graphql(QUERY, { b: 2 }, { token: tokens.hr })).data!
        .expiringCertificates;
      expect(branch2.map((c: any) => c.activity.code)).toEqual(['CERT-AML']);
      const unknown = await api.graphql(QUERY, { b: 999 }, { token: tokens.hr });
      expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('flags a missed mandatory training as a renewal risk', async () => {
      const file = (await api.graphql(FILE, { m: 3, y: 2026 }, { token: tokens.hr })).data!
        .trainingFile;
      expect(file.renewalAtRisk).toBe(true);
      expect(file.riskReasons).toContain('POINTS_SHORTFALL');
    });
  });

  describe('settings and export', () => {
    it('admin changes the yearly requirement; HR may not; a stale version is a CONFLICT', async () => {
      const current = (
        await api.graphql(
          `{ trainingSettings { version yearlyRequirement } }`,
          {},
          { token: tokens.hr },
        )
      ).data!.trainingSettings;
      const UPDATE = `mutation ($v: Int!, $input: TrainingSettingsInput!) { updateTrainingSettings(version: $v, input: $input) { version yearlyRequirement } }`;
      const input = {
        yearlyRequirement: 36,
        yearlyRequirementByGrade: [{ grade: 'JUNIOR', points: 24 }],
        minimumPointsForCoreClients: 10,
        maxPointsPerRecord: 100,
        certificateExpiryWarningDays: 60,
      };
      expect(
        (await api.graphql(UPDATE, { v: current.version, input }, { token: tokens.hr })).errors![0]
          .extensions.code,
      ).toBe('FORBIDDEN');
      const bad = await api.graphql(
        UPDATE,
        { v: current.version, input: { ...input, yearlyRequirement: -1 } },
        { token: tokens.admin },
      );
      // Named by its path in the arguments (the input guard: no negative numbers).
      expect(bad.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.yearlyRequirement',
      });
      const ok = await api.graphql(UPDATE, { v: current.version, input }, { token: tokens.admin });
      expect(ok.data!.updateTrainingSettings).toEqual({
        version: current.version + 1,
        yearlyRequirement: 36,
      });
      expect(
        (await api.graphql(UPDATE, { v: current.version, input }, { token: tokens.admin }))
          .errors![0].extensions.code,
      ).toBe('CONFLICT');
      expect(
        (await api.graphql(FILE, { m: 1, y: 2026 }, { token: tokens.rm1 })).data!.trainingFile
          .required,
      ).toBe(36);
    });

    it('exports the records grid to XLSX within the caller’s scope', async () => {
      const response = await api.app.inject({
        method: 'GET',
        url: '/training/records.xlsx?year=2026',
        headers: { authorization: `Bearer ${tokens.head2}` },
      });
      expect(response.statusCode).toBe(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const employees = workbook.worksheets[0].getColumn(1).values.slice(2);
      expect(employees.length).toBeGreaterThan(0);
      expect(new Set(employees)).toEqual(new Set(['E003']));
      const bad = await api.app.inject({
        method: 'GET',
        url: '/training/records.xlsx?year=abc',
        headers: { authorization: `Bearer ${tokens.hr}` },
      });
      expect(bad.statusCode).toBe(400);
      const anonymous = await api.app.inject({ method: 'GET', url: '/training/records.xlsx' });
      expect(anonymous.statusCode).toBe(401);
    });
  });
});
