import {
  CREATE_ACTIVITY,
  FILE,
  RECORD,
  activity,
  useTrainingApi,
} from './support/training-fixture';

// HR keeps the activity catalogue and the training records by hand.
describe('training files and points', () => {
  const training = useTrainingApi();

  describe('the catalogue', () => {
    it('is kept by HR and admin; RMs and branch heads only read it', async () => {
      for (const user of ['rm1', 'head1']) {
        const refused = await training.api.graphql(
          CREATE_ACTIVITY,
          { input: activity(`X-${user}`) },
          { token: training.tokens[user] },
        );
        expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
        const list = await training.api.graphql(
          `{ trainingActivities { code } }`,
          {},
          { token: training.tokens[user] },
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
        const result = await training.api.graphql(
          CREATE_ACTIVITY,
          { input },
          { token: training.tokens.hr },
        );
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      // A code already taken (ignoring case) carries its rule, so the portal can say so.
      const taken = await training.api.graphql(
        CREATE_ACTIVITY,
        { input: activity('t-001') },
        { token: training.tokens.hr },
      );
      expect(taken.errors![0].extensions).toMatchObject({
        rule: 'DUPLICATE_CODE',
        params: { code: 't-001' },
      });
    });

    it('refuses a stale edit with CONFLICT and audits the change', async () => {
      const UPDATE = `mutation ($id: Int!, $v: Int!, $input: TrainingActivityInput!) { updateTrainingActivity(id: $id, version: $v, input: $input) { version title } }`;
      const created = (
        await training.api.graphql(
          CREATE_ACTIVITY,
          { input: activity('EDIT-1') },
          { token: training.tokens.hr },
        )
      ).data!.createTrainingActivity;
      const first = await training.api.graphql(
        UPDATE,
        { id: created.id, v: created.version, input: activity('EDIT-1', { title: 'Renamed' }) },
        { token: training.tokens.hr },
      );
      expect(first.data!.updateTrainingActivity).toEqual({
        version: created.version + 1,
        title: 'Renamed',
      });
      const stale = await training.api.graphql(
        UPDATE,
        { id: created.id, v: created.version, input: activity('EDIT-1', { title: 'Again' }) },
        { token: training.tokens.admin },
      );
      expect(stale.errors![0].extensions.code).toBe('CONFLICT');
      const log = await training.api.graphql(
        `query ($id: String) { auditLog(filter: { entityType: "TrainingActivity", entityId: $id }) { edges { node { operation before after } } } }`,
        { id: String(created.id) },
        { token: training.tokens.admin },
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
        await training.api.graphql(
          RECORD,
          {
            input: { managerId: 2, activityId: training.t1, completedOn: '2026-03-10', hours: '6' },
          },
          { token: training.tokens.hr },
        )
      ).data!.recordTraining;
      expect(recorded).toMatchObject({
        pointsAwarded: '8.0',
        pointsOverrideReason: null,
        status: 'ACTIVE',
      });
      const duplicate = await training.api.graphql(
        RECORD,
        { input: { managerId: 2, activityId: training.t1, completedOn: '2026-03-10', hours: '6' } },
        { token: training.tokens.hr },
      );
      // Not a version conflict: the rule tells the portal to say what is wrong.
      expect(duplicate.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        rule: 'DUPLICATE_RECORD',
      });

      const CORRECT = `mutation ($id: ID!, $v: Int!, $c: TrainingRecordCorrection!) { correctTrainingRecord(id: $id, version: $v, correction: $c) { pointsAwarded version } }`;
      const noReason = await training.api.graphql(
        CORRECT,
        {
          id: recorded.id,
          v: recorded.version,
          c: { pointsAwarded: '9.0', reason: 'extra module' },
        },
        { token: training.tokens.hr },
      );
      expect(noReason.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'pointsOverrideReason',
      });
      const corrected = await training.api.graphql(
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
        { token: training.tokens.hr },
      );
      expect(corrected.data!.correctTrainingRecord).toEqual({
        pointsAwarded: '9.0',
        version: recorded.version + 1,
      });
      expect(
        (await training.api.graphql(FILE, { m: 2, y: 2026 }, { token: training.tokens.hr })).data!
          .trainingFile.earned,
      ).toBe('9.0');
      // Correcting it to what it already says saves nothing: no new version, no audit entry.
      const unchanged = await training.api.graphql(
        CORRECT,
        {
          id: recorded.id,
          v: recorded.version + 1,
          c: { pointsAwarded: '9.0', hours: '6', reason: 'checked again' },
        },
        { token: training.tokens.hr },
      );
      expect(unchanged.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'NOTHING_CHANGED',
      });
      expect(unchanged.data).toBeNull();

      const VOID = `mutation ($id: ID!, $v: Int!, $r: String!) { voidTrainingRecord(id: $id, version: $v, reason: $r) { status voidReason } }`;
      const stale = await training.api.graphql(
        VOID,
        { id: recorded.id, v: recorded.version, r: 'wrong person' },
        { token: training.tokens.hr },
      );
      expect(stale.errors![0].extensions.code).toBe('CONFLICT');
      const voided = await training.api.graphql(
        VOID,
        { id: recorded.id, v: recorded.version + 1, r: 'wrong person' },
        { token: training.tokens.hr },
      );
      expect(voided.data!.voidTrainingRecord).toEqual({
        status: 'VOIDED',
        voidReason: 'wrong person',
      });
      const again = await training.api.graphql(
        VOID,
        { id: recorded.id, v: recorded.version + 2, r: 'twice' },
        { token: training.tokens.hr },
      );
      expect(again.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        rule: 'RECORD_VOIDED',
      });
      const file = (
        await training.api.graphql(FILE, { m: 2, y: 2026 }, { token: training.tokens.hr })
      ).data!.trainingFile;
      expect(file.earned).toBe('0.0');
      expect(file.history).toEqual([
        { id: recorded.id, status: 'VOIDED', voidReason: 'wrong person' },
      ]);

      // Every change is in the audit log, with who, before and after.
      const log = await training.api.graphql(
        `query ($id: String) { auditLog(filter: { entityType: "TrainingRecord", entityId: $id }) {
          edges { node { operation actorUsername detail before after } } } }`,
        { id: recorded.id },
        { token: training.tokens.admin },
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
        const refused = await training.api.graphql(
          RECORD,
          {
            input: { managerId: 1, activityId: training.t1, completedOn: '2026-03-10', hours: '6' },
          },
          { token: training.tokens[user] },
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
          activityId: training.t1,
          completedOn: '2026-04-01',
          hours: '2',
          ...change,
        };
        const result = await training.api.graphql(RECORD, { input }, { token: training.tokens.hr });
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
});
