import { Workbook } from 'exceljs';
import { COMMIT, FILE, IMPORT, base64, useTrainingApi } from './support/training-fixture';

// Bulk import of LMS exports (CSV, XLSX, the upload route), and the records export, which
// reads what the imports committed.
describe('training files and points', () => {
  const training = useTrainingApi();

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
        await training.api.graphql(
          IMPORT,
          { name: 'lms-may.csv', content: base64(csv) },
          { token: training.tokens.hr },
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
      // Each reason also comes as a code and its parameters, for the reader's language.
      expect(
        preview.lines.edges.map((e: any) => [
          e.node.lineNo,
          e.node.reasonCode,
          e.node.reasonParams,
        ]),
      ).toEqual([
        [2, null, null],
        [3, null, null],
        [4, 'UNKNOWN_RM', { employeeNo: 'E404' }],
        [5, 'UNKNOWN_ACTIVITY', { code: 'NOPE' }],
        [6, 'BAD_DATE', { value: '2026/05/02' }],
        [7, 'POINTS_OUT_OF_RANGE', { value: '250', max: 100 }],
        [8, 'DUPLICATE_IN_FILE', { line: 2 }],
        [9, null, null],
      ]);
      const before = (
        await training.api.graphql(FILE, { m: 1, y: 2026 }, { token: training.tokens.rm1 })
      ).data!.trainingFile.earned;
      const committed = await training.api.graphql(
        COMMIT,
        { id: preview.id },
        { token: training.tokens.hr },
      );
      expect(committed.data!.commitTrainingImport).toEqual({ status: 'COMMITTED', committed: 3 });
      const again = await training.api.graphql(
        COMMIT,
        { id: preview.id },
        { token: training.tokens.hr },
      );
      expect(again.errors![0].extensions.code).toBe('CONFLICT');
      const after = (
        await training.api.graphql(FILE, { m: 1, y: 2026 }, { token: training.tokens.rm1 })
      ).data!.trainingFile.earned;
      expect(Number(after) - Number(before)).toBe(12);

      const second = (
        await training.api.graphql(
          IMPORT,
          { name: 'lms-may.csv', content: base64(csv) },
          { token: training.tokens.hr },
        )
      ).data!.importTrainingRecords;
      expect(second).toMatchObject({ accepted: 0, duplicates: 3, rejected: 5 });
      expect(
        (await training.api.graphql(COMMIT, { id: second.id }, { token: training.tokens.hr })).data!
          .commitTrainingImport.committed,
      ).toBe(0);

      const report = await training.api.app.inject({
        method: 'GET',
        url: `/training/imports/${preview.id}/rejections.csv`,
        headers: { authorization: `Bearer ${training.tokens.hr}` },
      });
      expect(report.statusCode).toBe(200);
      expect(report.headers['content-disposition']).toContain('lms-may-rejections.csv');
      expect(report.body).toContain('unknown RM ""E404""');
      expect(report.body.split('\n')).toHaveLength(6);

      // In Chinese: the columns, the outcome and each reason, the line as it was.
      const chinese = await training.api.app.inject({
        method: 'GET',
        url: `/training/imports/${preview.id}/rejections.csv?lang=zh-CN`,
        headers: { authorization: `Bearer ${training.tokens.hr}` },
      });
      const [header, first] = chinese.body.replace(/^\uFEFF/, '').split(/\r?\n/);
      expect(header).toBe('行号,结果,原因,文件中的原行');
      expect(first).toBe('4,拒绝,未知客户经理“E404”,"E404,T-001,2026-05-02,6,,,,"');
      const unknown = await training.api.app.inject({
        method: 'GET',
        url: `/training/imports/${preview.id}/rejections.csv?lang=fr`,
        headers: { authorization: `Bearer ${training.tokens.hr}` },
      });
      expect(unknown.statusCode).toBe(400);
    });

    it('discards a preview: nothing added, no commit afterwards, and only HR and admin may see or drop it', async () => {
      const preview = (
        await training.api.graphql(
          IMPORT,
          { name: 'dropped.csv', content: base64(csv) },
          { token: training.tokens.hr },
        )
      ).data!.importTrainingRecords;
      for (const user of ['rm1', 'head1']) {
        const read = await training.api.graphql(
          `query ($id: ID!) { trainingImport(id: $id) { id } }`,
          { id: preview.id },
          { token: training.tokens[user] },
        );
        expect(read.errors![0].extensions.code).toBe('FORBIDDEN');
        const drop = await training.api.graphql(
          `mutation ($id: ID!) { discardTrainingImport(importId: $id) { status } }`,
          { id: preview.id },
          { token: training.tokens[user] },
        );
        expect(drop.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const dropped = await training.api.graphql(
        `mutation ($id: ID!) { discardTrainingImport(importId: $id) { status committed lines { edges { node { lineNo } } } } }`,
        { id: preview.id },
        { token: training.tokens.admin },
      );
      expect(dropped.data!.discardTrainingImport).toEqual({
        status: 'DISCARDED',
        committed: 0,
        lines: { edges: [] },
      });
      const late = await training.api.graphql(
        COMMIT,
        { id: preview.id },
        { token: training.tokens.hr },
      );
      expect(late.errors![0].extensions.code).toBe('CONFLICT');
      const missing = await training.api.graphql(
        COMMIT,
        { id: '999999' },
        { token: training.tokens.hr },
      );
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
        await training.api.graphql(
          IMPORT,
          { name: '培训.xlsx', content },
          { token: training.tokens.hr },
        )
      ).data!.importTrainingRecords;
      expect(preview).toMatchObject({ totalRows: 2, accepted: 1, rejected: 1 });
    });

    it('refuses files it cannot read, naming the file, and imports by anyone but HR and admin', async () => {
      const noColumns = await training.api.graphql(
        IMPORT,
        { name: 'x.csv', content: base64('name,date\nA,B') },
        { token: training.tokens.hr },
      );
      expect(noColumns.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'file',
      });
      expect(noColumns.errors![0].message).toContain('employeeNo');
      const wrongType = await training.api.graphql(
        IMPORT,
        { name: 'x.pdf', content: base64('%PDF') },
        { token: training.tokens.hr },
      );
      expect(wrongType.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'fileName',
      });
      for (const user of ['rm1', 'head1']) {
        const refused = await training.api.graphql(
          IMPORT,
          { name: 'x.csv', content: base64(csv) },
          { token: training.tokens[user] },
        );
        expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const report = await training.api.app.inject({
        method: 'GET',
        url: '/training/imports/1/rejections.csv',
        headers: { authorization: `Bearer ${training.tokens.rm1}` },
      });
      expect(report.statusCode).toBe(403);
    });

    it('takes a file of up to 20 MB as the body of POST /training/imports, for HR and admin only', async () => {
      const upload = (
        body: string | Buffer,
        token: string | undefined,
        fileName = 'lms-june.csv',
      ) =>
        training.api.app.inject({
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
      const uploaded = await upload(corrupt, training.tokens.hr);
      expect(uploaded.statusCode).toBe(201);
      const { id } = uploaded.json<{ id: string }>();
      const lines = await training.api.graphql(
        `query ($id: ID!) { trainingImport(id: $id) { accepted rejected lines(outcome: REJECTED) { edges { node { lineNo reason raw } } } } }`,
        { id },
        { token: training.tokens.hr },
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
      const report = await training.api.app.inject({
        method: 'GET',
        url: `/training/imports/${id}/rejections.csv`,
        headers: { authorization: `Bearer ${training.tokens.hr}` },
      });
      expect(report.body).toContain(`"'=cmd|' /C calc'!A0,T-001,2026-06-05,6,"`);
      await training.api.graphql(COMMIT, { id }, { token: training.tokens.hr });
      const workbook = new Workbook();
      await workbook.xlsx.load(
        (
          await training.api.app.inject({
            method: 'GET',
            url: '/training/records.xlsx?year=2026',
            headers: { authorization: `Bearer ${training.tokens.hr}` },
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
        expect(refusal(await upload(corrupt, training.tokens[user]))).toMatchObject({
          status: 403,
          extensions: { code: 'FORBIDDEN' },
        });
      expect(refusal(await upload(corrupt, training.tokens.hr, 'a\u0000.csv'))).toMatchObject({
        status: 400,
        extensions: { code: 'BAD_USER_INPUT', field: 'fileName' },
      });
      expect(
        refusal(await upload(Buffer.alloc(21 * 1024 * 1024, 0x41), training.tokens.hr)),
      ).toMatchObject({
        status: 413,
        extensions: { code: 'BAD_REQUEST', reason: 'BODY_TOO_LARGE' },
      });
    });
  });

  // The settings test of this describe is in training-files.spec.ts.
  describe('settings and export', () => {
    it('exports the records grid to XLSX within the caller’s scope', async () => {
      const response = await training.api.app.inject({
        method: 'GET',
        url: '/training/records.xlsx?year=2026',
        headers: { authorization: `Bearer ${training.tokens.head2}` },
      });
      expect(response.statusCode).toBe(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const employees = workbook.worksheets[0].getColumn(1).values.slice(2);
      expect(employees.length).toBeGreaterThan(0);
      expect(new Set(employees)).toEqual(new Set(['E003']));
      const bad = await training.api.app.inject({
        method: 'GET',
        url: '/training/records.xlsx?year=abc',
        headers: { authorization: `Bearer ${training.tokens.hr}` },
      });
      expect(bad.statusCode).toBe(400);
      const anonymous = await training.api.app.inject({
        method: 'GET',
        url: '/training/records.xlsx',
      });
      expect(anonymous.statusCode).toBe(401);
    });

    // Issue 16, defect 7: a Chinese page's export was English, its codes raw, its dates text.
    it('names columns and codes in the caller’s language and writes dates as dates', async () => {
      const response = await training.api.app.inject({
        method: 'GET',
        url: '/training/records.xlsx?year=2026&lang=zh-CN',
        headers: { authorization: `Bearer ${training.tokens.hr}` },
      });
      const workbook = new Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.name).toBe('培训记录');
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        '工号',
        '客户经理',
        '支行',
        '培训编号',
        '培训项目',
        '培训类型',
        '完成日期',
        '学时',
        '成绩',
        '是否通过',
        '积分',
        '积分调整原因',
        '状态',
        '作废原因',
        '来源',
        '备注/证明',
      ]);
      // E003's completion imported from line 9 of the LMS file above.
      const row = sheet
        .getRows(2, sheet.rowCount - 1)!
        .find((candidate) => candidate.getCell(1).value === 'E003');
      expect(row).toBeDefined();
      const cell = (column: number) => row!.getCell(column);
      expect([cell(6).value, cell(13).value, cell(15).value]).toEqual([
        '集中培训',
        '有效',
        '批量导入',
      ]);
      expect(cell(7).value).toEqual(new Date('2026-05-05T00:00:00Z'));
      expect(cell(7).numFmt).toBe('yyyy-mm-dd');
      expect([cell(8).value, cell(11).value]).toEqual([4, 8]);
      const codes = sheet
        .getSheetValues()
        .flat()
        .filter((value) => typeof value === 'string');
      for (const code of ['CENTRALISED', 'ETHICS', 'ACTIVE', 'IMPORT', 'MANUAL'])
        expect(codes).not.toContain(code);

      for (const [query, field] of [
        ['lang=fr', 'lang'],
        ['type=ONLINE&type=ETHICS', 'type'],
        ['status=GONE', 'status'],
      ]) {
        const bad = await training.api.app.inject({
          method: 'GET',
          url: `/training/records.xlsx?${query}`,
          headers: { authorization: `Bearer ${training.tokens.hr}` },
        });
        expect({ status: bad.statusCode, extensions: bad.json().errors[0].extensions }).toEqual({
          status: 400,
          extensions: { code: 'BAD_USER_INPUT', field },
        });
      }
    });
  });
});
