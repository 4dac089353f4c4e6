import { bankToday } from '@corebook/server/common';
import { withDb } from './support/ranking-fixture';
import {
  CREATE_ACTIVITY,
  IMPORT,
  RECORD,
  activity,
  base64,
  useTrainingApi,
} from './support/training-fixture';

const MANAGERS = `query { relationshipManagers(branchId: 1) { id status contractEndDate version } }`;
const UPDATE_RM = `mutation ($input: RelationshipManagerUpdateInput!) { updateRelationshipManager(input: $input) { id status } }`;

// Training counts only while an RM serves: not before they joined, nor after they left.
describe('training outside an RM’s service', () => {
  const training = useTrainingApi();
  const as = (user: string) => ({ token: training.tokens[user] });
  const sunMei = 2;

  it('an RM who leaves left today (or when their contract ended), and training after it is refused, by hand and in an import', async () => {
    const { api, t1 } = training;
    const before = (await api.graphql(MANAGERS, {}, as('hr'))).data!.relationshipManagers.find(
      (m: any) => m.id === sunMei,
    );
    expect(before.contractEndDate).toBe('2026-12-31');
    const left = await api.graphql(
      UPDATE_RM,
      { input: { id: sunMei, status: 'LEFT', coreCapacity: 0, version: before.version } },
      as('hr'),
    );
    expect(left.data!.updateRelationshipManager.status).toBe('LEFT');
    const after = (await api.graphql(MANAGERS, {}, as('hr'))).data!.relationshipManagers.find(
      (m: any) => m.id === sunMei,
    );
    expect(after.contractEndDate).toBe(bankToday());

    // As if she had left at the end of June.
    await withDb(api.database.url, (db) =>
      db.query(`UPDATE relationship_managers SET contract_end_date = '2026-06-30' WHERE id = $1`, [
        sunMei,
      ]),
    );
    const input = { managerId: sunMei, activityId: t1, completedOn: '2026-07-15', hours: '3' };
    const refused = await api.graphql(RECORD, { input }, as('hr'));
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'completedOn',
      rule: 'AFTER_LEAVING',
      params: { date: '2026-06-30' },
    });
    expect(refused.data).toBeNull();
    const whileServing = await api.graphql(
      RECORD,
      { input: { ...input, completedOn: '2026-06-15' } },
      as('hr'),
    );
    expect(whileServing.errors).toBeUndefined();

    // Sun Mei joined on 2023-07-01: a course of that spring is before her time.
    const old = await api.graphql(
      CREATE_ACTIVITY,
      { input: activity('OLD-2023', { startsOn: '2023-01-01', endsOn: '2023-12-31' }) },
      as('hr'),
    );
    expect(old.errors).toBeUndefined();
    const beforeHire = await api.graphql(
      RECORD,
      {
        input: {
          managerId: sunMei,
          activityId: old.data!.createTrainingActivity.id,
          completedOn: '2023-03-01',
          hours: '2',
        },
      },
      as('hr'),
    );
    expect(beforeHire.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'completedOn',
      rule: 'BEFORE_HIRE',
      params: { date: '2023-07-01' },
    });
    const csv = [
      'employee_no,activity_code,completed_on,hours',
      'E002,T-001,2026-07-20,2',
      'E002,OLD-2023,2023-03-01,2',
      'E001,T-001,2026-07-20,2',
    ].join('\n');
    const imported = await api.graphql(
      IMPORT,
      { name: 'completions.csv', content: base64(csv) },
      as('hr'),
    );
    expect(imported.errors).toBeUndefined();
    expect(
      imported.data!.importTrainingRecords.lines.edges.map(({ node }: any) => [
        node.lineNo,
        node.outcome,
        node.reason,
      ]),
    ).toEqual([
      [2, 'REJECTED', 'completed on 2026-07-20, after RM "E002" left on 2026-06-30'],
      [3, 'REJECTED', 'completed on 2023-03-01, before RM "E002" joined on 2023-07-01'],
      [4, 'ACCEPTED', null],
    ]);
  });
});
