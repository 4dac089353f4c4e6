import { rankFixture, withDb, type RankedClient } from './ranking-fixture';
import { startTestApi, type TestApi } from './test-api';

export const PLAN = `mutation ($b: Int) { planAssignment(branchId: $b) {
  id status progress trigger rankingRunId branch { id }
  statistics { clients keeps assigns moves releases unplaced balanceMoves keptShare maxMeanWorkloadRatio solverMs }
  itemCounts { action reason count } } }`;
export const PLAN_ITEMS = `query ($id: Int!, $f: PlanItemFilter) { assignmentPlan(id: $id) {
  items(filter: $f, first: 50) { totalCount edges { node {
    client { id name } action reason fromManager { id } toManager { id } tier workload value } } } } }`;
export const PLAN_BOOKS = `query ($id: Int!) { assignmentPlan(id: $id) {
  status createdByName trigger
  managers { manager { id } eligible ineligibleReason capacity clientsBefore clientsAfter workloadAfter valueAfter }
  branchBalances { branch { id } coreClients eligibleManagers unplaced maxMeanWorkloadRatio meanValue } } }`;
export const PLAN_STATUS = `query ($id: Int!) { assignmentPlan(id: $id) { id status } }`;
export const PLANS = `query ($b: Int) { assignmentPlans(branchId: $b, first: 10) { edges { node { id status trigger createdByName branch { id } } } } }`;
export const BANK_PLANS = `query ($b: Int) { assignmentPlans(branchId: $b, wholeBank: true, first: 50) { edges { node { id status branch { id } } } } }`;
export const APPLY = `mutation ($id: Int!) { applyAssignmentPlan(planId: $id) { id status decidedByName decidedAt } }`;
export const DISCARD = `mutation ($id: Int!) { discardAssignmentPlan(planId: $id) { id status } }`;
/** A move by hand; the reason code is the client's request unless `code` says otherwise. */
export const REASSIGN = `mutation ($c: ID!, $m: Int, $code: ManualMoveReason = CLIENT_REQUEST, $r: String!) {
  reassignClient(clientId: $c, managerId: $m, reasonCode: $code, reason: $r) { id manager { id } } }`;
export const REASSIGN_SEEN = `mutation ($c: ID!, $m: Int, $r: String!, $seen: Int) {
  reassignClient(clientId: $c, managerId: $m, reasonCode: CLIENT_REQUEST, reason: $r, currentManagerId: $seen) {
    id manager { id } } }`;
export const HISTORY = `query ($c: ID!) { assignmentHistory(clientId: $c) {
  manager { id } startedAt endedAt startedByName startReason startReasonCode startNote
  endedByName endReason endReasonCode endNote planId } }`;
export const SETTINGS = `{ assignmentSettings { workloadByTier { tier workload } balanceTolerance maxBalanceMoveShare allowProbation requireTrainingMinimum version } }`;
export const UPDATE_SETTINGS = `mutation ($input: AssignmentSettingsInput!, $v: Int!) { updateAssignmentSettings(input: $input, version: $v) { requireTrainingMinimum version } }`;
export const MANAGERS = `query ($b: Int) { relationshipManagers(branchId: $b) { id status coreCapacity version } }`;
export const UPDATE_RM = `mutation ($input: RelationshipManagerUpdateInput!) { updateRelationshipManager(input: $input) { id status coreCapacity version } }`;
const AUDIT = `query ($op: String) { auditLog(filter: { operation: $op, outcome: OK }) { edges { node { actorUsername entityType entityId before after detail detailCode detailParams } } } }`;

/** Branch 1 RMs: rm1 (active), rm2 (probation), and two more active ones added below. */
export const RM = { rm1: 1, rm2: 2, rm3: 3, wu: 4, qian: 5 };

/** Branch 1's core clients once ranked: the fixture's four plus five added here. */
export const BRANCH1_CORE = ['101', '102', '103', '106', '107', '108', '109', '110'];

export const settingsInput = (changes: Record<string, unknown> = {}) => ({
  workloadByTier: [
    { tier: 'PLATINUM', workload: 3 },
    { tier: 'GOLD', workload: 2 },
    { tier: 'SILVER', workload: 1 },
    { tier: 'BRONZE', workload: 1 },
  ],
  balanceTolerance: 1.05,
  maxBalanceMoveShare: 0.1,
  allowProbation: false,
  requireTrainingMinimum: true,
  ...changes,
});

const core = (tier: RankedClient['tier'], value: string): RankedClient => ({
  core: true,
  tier,
  value,
});
const nonCore = (value: string): RankedClient => ({ core: false, tier: 'BRONZE', value });

/** The ranking every assignment spec plans from: ten core clients, two that are not. */
const RANKED: Record<string, RankedClient> = {
  '101': core('PLATINUM', '120000.50'),
  '102': core('GOLD', '98000.00'),
  '103': core('SILVER', '60000.00'),
  '104': core('GOLD', '64000.00'),
  '106': core('SILVER', '50000.00'),
  '107': core('SILVER', '45000.00'),
  '108': core('SILVER', '40000.00'),
  '109': core('SILVER', '35000.00'),
  '110': core('SILVER', '30000.00'),
  '112': core('SILVER', '33000.00'),
  '105': nonCore('800.00'),
  '111': nonCore('1000.00'),
};

type Errors = { errors?: { extensions: { code: string } }[] };

interface AssignmentBank {
  graphql: TestApi['graphql'];
  as(user: string): { token: string };
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  codeOf(result: Errors): string | undefined;
  /** Ranks the clients as RANKED says. */
  rank(): Promise<void>;
  /** Plans a branch as its head (or the bank as admin, for null) and returns the plan id. */
  makePlan(branchId: number | null, user?: string): Promise<number>;
  /** Plans branch 1 as its head and applies the plan; returns the plan id. */
  applyBranch1Plan(): Promise<number>;
  /** The audit log's successful entries of one operation, newest first. */
  auditOf(operation: string): Promise<any[]>;
}

/**
 * The bank of a describe block, started before its tests and dropped after them; its
 * functions may be taken apart where the block is declared.
 */
export function useAssignmentBank(
  options: { ranked?: boolean; trainingMinimum?: boolean } = {},
): AssignmentBank {
  let bank: { api: TestApi } & AssignmentBank;
  beforeAll(async () => {
    bank = await startAssignmentBank(options);
  });
  afterAll(() => bank.api.close());
  return {
    graphql: (...args) => bank.graphql(...args),
    as: (user) => bank.as(user),
    sql: (text, params) => bank.sql(text, params),
    codeOf: (result) => bank.codeOf(result),
    rank: () => bank.rank(),
    makePlan: (branchId, user) => bank.makePlan(branchId, user),
    applyBranch1Plan: () => bank.applyBranch1Plan(),
    auditOf: (operation) => bank.auditOf(operation),
  };
}

/**
 * The fixture bank with what assignment needs on top: two more active RMs in branch 1 and
 * seven more clients, four of them in Liu Yang's book. Each spec file starts its own.
 */
async function startAssignmentBank(
  options: { ranked?: boolean; trainingMinimum?: boolean } = {},
): Promise<{ api: TestApi } & AssignmentBank> {
  const api = await startTestApi();
  const tokens: Record<string, string> = {};
  for (const user of ['admin', 'hr', 'head1', 'head2', 'rm1', 'rm2', 'rm3'])
    tokens[user] = await api.tokenFor(user);
  const as = (user: string) => ({ token: tokens[user] });
  const sql = <T = any>(text: string, params: unknown[] = []) =>
    withDb(api.database.url, async (db) => (await db.query(text, params)).rows as T[]);
  const codeOf = (result: Errors) => result.errors?.[0].extensions.code;

  await sql(`
    INSERT INTO relationship_managers (id, employee_no, name, branch_id, grade, core_capacity, hire_date, status) VALUES
      (4, 'E004', 'Wu Hao', 1, 'SENIOR', 150, '2019-05-01', 'ACTIVE'),
      (5, 'E005', 'Qian Lin', 1, 'INTERMEDIATE', 150, '2021-08-01', 'ACTIVE')`);
  await sql(`
    INSERT INTO clients (id, client_no, name, kind, branch_id, opened_on, risk_rating) VALUES
      (106, 'C0000106', 'Feng Yu', 'INDIVIDUAL', 1, '2018-01-01', 'R2'),
      (107, 'C0000107', 'He Ping', 'INDIVIDUAL', 1, '2018-02-01', 'R2'),
      (108, 'C0000108', 'Xu Lan Foods Co.', 'CORPORATE', 1, '2018-03-01', 'R3'),
      (109, 'C0000109', 'Ma Jun', 'INDIVIDUAL', 1, '2022-04-01', 'R1'),
      (110, 'C0000110', 'Guo Min', 'INDIVIDUAL', 1, '2022-05-01', 'R1'),
      (111, 'C0000111', 'Lin Tao', 'INDIVIDUAL', 1, '2016-06-01', 'R1'),
      (112, 'C0000112', 'Luo Xin', 'INDIVIDUAL', 2, '2023-07-01', 'R2')`);
  // The books of the clients added here (the fixture's have theirs): Liu Yang serves four.
  await sql(`
    INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, start_reason)
    SELECT id, 1, branch_id, created_at, 'INITIAL' FROM clients WHERE id IN (106, 107, 108, 111)`);

  const rank = async () => {
    await rankFixture(api.database.url, RANKED);
  };
  const makePlan = async (
    branchId: number | null,
    user = branchId ? `head${branchId}` : 'admin',
  ) => {
    const planned = await api.graphql(PLAN, { b: branchId }, as(user));
    if (!planned.data) throw new Error(`planning failed: ${JSON.stringify(planned.errors)}`);
    return planned.data.planAssignment.id as number;
  };
  const bank = {
    api,
    graphql: api.graphql,
    as,
    sql,
    codeOf,
    rank,
    makePlan,
    async applyBranch1Plan() {
      const id = await makePlan(1);
      const applied = await api.graphql(APPLY, { id }, as('head1'));
      if (!applied.data) throw new Error(`applying failed: ${JSON.stringify(applied.errors)}`);
      return id;
    },
    async auditOf(operation: string) {
      await api.flushAudit();
      const log = await api.graphql(AUDIT, { op: operation }, as('admin'));
      return log.data!.auditLog.edges.map(({ node }: any) => node);
    },
  };
  if (options.ranked ?? true) await rank();
  // The demo has no training records: most specs plan on posting alone.
  if (!(options.trainingMinimum ?? true)) {
    const updated = await api.graphql(
      UPDATE_SETTINGS,
      { input: settingsInput({ requireTrainingMinimum: false }), v: 1 },
      as('admin'),
    );
    if (!updated.data) throw new Error(`settings refused: ${JSON.stringify(updated.errors)}`);
  }
  return bank;
}
