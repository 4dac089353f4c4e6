import { bankToday } from '@corebook/server/common';
import {
  CREATE_ACTIVITY,
  FILE,
  RECORD,
  activity,
  useTrainingApi,
} from './support/training-fixture';

// Who reads which training file, certificates and renewal risk, and the yearly requirement
// the files are measured against.
describe('training files and points', () => {
  const training = useTrainingApi();

  describe('who reads which training file', () => {
    it('an RM reads only their own file', async () => {
      const own = await training.api.graphql(
        FILE,
        { m: 1, y: 2026 },
        { token: training.tokens.rm1 },
      );
      expect(own.data!.trainingFile).toMatchObject({
        required: 40,
        manager: { employeeNo: 'E001' },
      });
      const other = await training.api.graphql(
        FILE,
        { m: 2, y: 2026 },
        { token: training.tokens.rm1 },
      );
      expect(other.data).toBeNull();
      expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it("a branch head reads the branch's files and overview, not another branch's", async () => {
      const overview = await training.api.graphql(
        `{ trainingOverview(year: 2026) { manager { employeeNo } renewalAtRisk } }`,
        {},
        { token: training.tokens.head1 },
      );
      expect(overview.data!.trainingOverview.map((f: any) => f.manager.employeeNo).sort()).toEqual([
        'E001',
        'E002',
      ]);
      const other = await training.api.graphql(
        FILE,
        { m: 3, y: 2026 },
        { token: training.tokens.head1 },
      );
      expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
      const otherOverview = await training.api.graphql(
        `{ trainingOverview(year: 2026, branchId: 2) { required } }`,
        {},
        { token: training.tokens.head1 },
      );
      expect(otherOverview.data!.trainingOverview).toEqual([]);
    });

    it('HR reads any file, names the branch for an overview, and still sees no client data', async () => {
      expect(
        (await training.api.graphql(FILE, { m: 3, y: 2026 }, { token: training.tokens.hr })).data!
          .trainingFile.manager.employeeNo,
      ).toBe('E003');
      const noBranch = await training.api.graphql(
        `{ trainingOverview(year: 2026) { required } }`,
        {},
        { token: training.tokens.hr },
      );
      expect(noBranch.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'branchId',
      });
      const clients = await training.api.graphql(
        `{ clients { totalCount } }`,
        {},
        { token: training.tokens.hr },
      );
      expect(clients.errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it('lists expired and expiring certificates of the RMs in scope only', async () => {
      const day = (offsetDays: number) => bankToday(new Date(Date.now() + offsetDays * 86_400_000));
      const cert = (
        await training.api.graphql(
          CREATE_ACTIVITY,
          {
            input: activity('CERT-AML', {
              type: 'CERTIFICATION',
              validityMonths: 12,
              startsOn: '2020-01-01',
              endsOn: '2099-12-31',
            }),
          },
          { token: training.tokens.hr },
        )
      ).data!.createTrainingActivity;
      // rm1 (branch 1): expires in about a month; rm3 (branch 2): expired a year ago; rm2: valid.
      for (const [managerId, completedOn] of [
        [1, day(-335)],
        [3, day(-730)],
        [2, day(-10)],
      ] as const) {
        const recorded = await training.api.graphql(
          RECORD,
          { input: { managerId, activityId: cert.id, completedOn, hours: '8' } },
          { token: training.tokens.hr },
        );
        expect(recorded.errors).toBeUndefined();
      }
      const QUERY = `query ($b: Int) { expiringCertificates(branchId: $b) { state manager { employeeNo } activity { code } } }`;
      const all = (await training.api.graphql(QUERY, {}, { token: training.tokens.hr })).data!
        .expiringCertificates;
      expect(all.map((c: any) => [c.manager.employeeNo, c.state])).toEqual([
        ['E003', 'EXPIRED'],
        ['E001', 'EXPIRING'],
      ]);
      const head = (await training.api.graphql(QUERY, {}, { token: training.tokens.head1 })).data!
        .expiringCertificates;
      expect(head.map((c: any) => c.manager.employeeNo)).toEqual(['E001']);
      const rm = (await training.api.graphql(QUERY, {}, { token: training.tokens.rm2 })).data!
        .expiringCertificates;
      expect(rm).toEqual([]);
      const branch2 = (await training.api.graphql(QUERY, { b: 2 }, { token: training.tokens.hr }))
        .data!.expiringCertificates;
      expect(branch2.map((c: any) => c.activity.code)).toEqual(['CERT-AML']);
      const unknown = await training.api.graphql(QUERY, { b: 999 }, { token: training.tokens.hr });
      expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('flags a missed mandatory training as a renewal risk', async () => {
      const file = (
        await training.api.graphql(FILE, { m: 3, y: 2026 }, { token: training.tokens.hr })
      ).data!.trainingFile;
      expect(file.renewalAtRisk).toBe(true);
      expect(file.riskReasons).toContain('POINTS_SHORTFALL');
    });
  });

  // The export test of this describe is in training-imports.spec.ts (it exports imported records).
  describe('settings and export', () => {
    it('admin changes the yearly requirement; HR may not; a stale version is a CONFLICT', async () => {
      const current = (
        await training.api.graphql(
          `{ trainingSettings { version yearlyRequirement } }`,
          {},
          { token: training.tokens.hr },
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
        (
          await training.api.graphql(
            UPDATE,
            { v: current.version, input },
            { token: training.tokens.hr },
          )
        ).errors![0].extensions.code,
      ).toBe('FORBIDDEN');
      const bad = await training.api.graphql(
        UPDATE,
        { v: current.version, input: { ...input, yearlyRequirement: -1 } },
        { token: training.tokens.admin },
      );
      // Named by its path in the arguments (the input guard: no negative numbers).
      expect(bad.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.yearlyRequirement',
      });
      const ok = await training.api.graphql(
        UPDATE,
        { v: current.version, input },
        { token: training.tokens.admin },
      );
      expect(ok.data!.updateTrainingSettings).toEqual({
        version: current.version + 1,
        yearlyRequirement: 36,
      });
      expect(
        (
          await training.api.graphql(
            UPDATE,
            { v: current.version, input },
            { token: training.tokens.admin },
          )
        ).errors![0].extensions.code,
      ).toBe('CONFLICT');
      expect(
        (await training.api.graphql(FILE, { m: 1, y: 2026 }, { token: training.tokens.rm1 })).data!
          .trainingFile.required,
      ).toBe(36);
    });
  });
});
