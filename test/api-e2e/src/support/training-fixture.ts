import { startTestApi, type TestApi } from './test-api';

// The training specs (training-records, training-imports, training-files): their GraphQL
// operations, an activity input, and the API they start, with the two activities all begin with.

export const CREATE_ACTIVITY = `mutation ($input: TrainingActivityInput!) { createTrainingActivity(input: $input) { id code points version } }`;
export const RECORD = `mutation ($input: TrainingRecordInput!) { recordTraining(input: $input) { id pointsAwarded pointsOverrideReason version status } }`;
export const FILE = `query ($m: Int!, $y: Int!) { trainingFile(managerId: $m, year: $y) { required earned shortfall renewalAtRisk riskReasons manager { employeeNo } history { id status voidReason } } }`;
export const IMPORT = `mutation ($name: String!, $content: String!) { importTrainingRecords(fileName: $name, contentBase64: $content) {
  id status totalRows accepted rejected duplicates lines(first: 50) { edges { node { lineNo outcome reason reasonCode reasonParams } } } } }`;
export const COMMIT = `mutation ($id: ID!) { commitTrainingImport(importId: $id) { status committed } }`;

export const activity = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  type: 'CENTRALISED',
  title: `Course ${code}`,
  provider: 'Head office',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  points: '8.0',
  ...extra,
});
export const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export interface TrainingApi {
  api: TestApi;
  /** A bearer token for each fixture user: admin, hr, head1, head2, rm1, rm2. */
  tokens: Record<string, string>;
  /** The id of activity T-001 (CENTRALISED, 8 points); ETH-2026 (ETHICS, mandatory) exists too. */
  t1: number;
}

/**
 * The API on a fresh fixture bank, signed in as every user, with HR's two activities:
 * T-001 and the mandatory ETH-2026.
 */
async function startTrainingApi(): Promise<TrainingApi> {
  const api = await startTestApi();
  try {
    const tokens: Record<string, string> = {};
    for (const user of ['admin', 'hr', 'head1', 'head2', 'rm1', 'rm2'])
      tokens[user] = await api.tokenFor(user);
    const t1: number = (
      await api.graphql(CREATE_ACTIVITY, { input: activity('T-001') }, { token: tokens.hr })
    ).data!.createTrainingActivity.id;
    const ethics = await api.graphql(
      CREATE_ACTIVITY,
      { input: activity('ETH-2026', { type: 'ETHICS', points: '4.0', mandatory: true }) },
      { token: tokens.hr },
    );
    expect(ethics.errors).toBeUndefined();
    return { api, tokens, t1 };
  } catch (error) {
    await api.close();
    throw error;
  }
}

/**
 * The training API of a spec file, started before its tests and closed after them; its
 * fields are read inside the tests (training.api, training.tokens, training.t1).
 */
export function useTrainingApi(): TrainingApi {
  let started: TrainingApi | undefined;
  beforeAll(async () => {
    started = await startTrainingApi();
  });
  afterAll(() => started?.api.close());
  const current = () => {
    if (!started) throw new Error('the training API starts in beforeAll, before any test');
    return started;
  };
  return {
    get api() {
      return current().api;
    },
    get tokens() {
      return current().tokens;
    },
    get t1() {
      return current().t1;
    },
  };
}
