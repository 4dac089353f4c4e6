import { AuditService, SettingsStore } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { CorebookError } from '@corebook/server/common';
import {
  FIXTURE_ACTORS,
  openFixtureDataSource,
  type FixtureDataSource,
} from '@corebook/server/testing';
import type { TrainingFileService } from '@corebook/server/training';
import type { DataSource } from 'typeorm';
import { ApplyService } from './apply.service';
import { AssignmentSettingsService } from './assignment-settings.service';
import { EligibilityService } from './eligibility.service';
import { PlanningService } from './planning.service';

const { head1, admin } = FIXTURE_ACTORS;

/** Training files are another area's concern: here every RM has their points. */
const everyoneTrained = {
  meetsCoreClientMinimum: (ids: readonly number[]) =>
    Promise.resolve(new Map(ids.map((id) => [id, true]))),
} as unknown as TrainingFileService;

const CLIENTS = 3_000;

/**
 * Branch 1 grows to 3,000 core clients, 2,000 of them in Liu Yang's book (capacity 150),
 * with ten more active RMs; a completed ranking run makes every one of them core.
 */
async function growBranch(dataSource: DataSource): Promise<void> {
  await dataSource.query(`
    INSERT INTO relationship_managers (id, employee_no, name, branch_id, grade, core_capacity, hire_date, status)
    SELECT 10 + n, 'E1' || lpad(n::text, 3, '0'), 'RM ' || n, 1, 'SENIOR', 400, '2020-01-01', 'ACTIVE'
    FROM generate_series(1, 10) AS n`);
  await dataSource.query(
    `INSERT INTO clients (id, client_no, name, kind, branch_id, opened_on, risk_rating)
     SELECT 1000 + n, 'C' || (1000 + n), 'Client ' || n, 'INDIVIDUAL', 1, '2020-01-01', 'R2'
     FROM generate_series(1, $1::int) AS n`,
    [CLIENTS],
  );
  await dataSource.query(`
    INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, start_reason)
    SELECT id, 1, branch_id, created_at, 'INITIAL' FROM clients WHERE id BETWEEN 1001 AND 3000`);
  const [run] = await dataSource.query<{ id: number }[]>(
    `INSERT INTO ranking_runs (effective_on, status, settings) VALUES (current_date, 'COMPLETED', '{}') RETURNING id`,
  );
  // client_rankings keeps one partition per run (as a ranking run attaches it).
  await dataSource.query(
    `CREATE TABLE client_rankings_run_${run.id} PARTITION OF client_rankings FOR VALUES IN (${run.id})`,
  );
  await dataSource.query(
    `INSERT INTO client_rankings (run_id, client_id, branch_id, contribution_12m, aum, value, value_rank, scope_size,
       branch_rank, core, tier, recency_score, frequency_score, monetary_score, product_gaps, lifecycle_stage, matrix_cell)
     SELECT $1, c.id, c.branch_id, v.value, 0, v.value, row_number() OVER (ORDER BY v.value DESC, c.id), count(*) OVER (),
            row_number() OVER (ORDER BY v.value DESC, c.id), true, CASE WHEN c.id % 50 = 0 THEN 'PLATINUM' WHEN c.id % 10 = 0 THEN 'GOLD' ELSE 'SILVER' END,
            3, 3, 3, 2, 'STABLE', 'MAINTAIN'
     FROM clients c CROSS JOIN LATERAL (SELECT round((c.id % 997) * 123.45, 2) AS value) v
     WHERE c.id > 1000`,
    [run.id],
  );
}

describe('planning and applying a branch', () => {
  let fixture: FixtureDataSource;
  let planning: PlanningService;
  let applying: ApplyService;
  const plan = (id: number) =>
    fixture.dataSource.query<{ status: string; progress: number; error: string | null }[]>(
      'SELECT status, progress, error FROM assignment_plans WHERE id = $1',
      [id],
    );

  beforeAll(async () => {
    fixture = await openFixtureDataSource();
    const { dataSource } = fixture;
    const access = new AccessService(dataSource);
    const audit = new AuditService(dataSource);
    const settings = new AssignmentSettingsService(new SettingsStore(dataSource, audit), access);
    planning = new PlanningService(
      dataSource,
      access,
      audit,
      settings,
      new EligibilityService(everyoneTrained),
    );
    applying = new ApplyService(
      dataSource,
      access,
      audit,
      settings,
      new EligibilityService(everyoneTrained),
    );
    await growBranch(dataSource);
  });
  afterAll(() => fixture.close());

  it('a planned and applied branch gives every core client exactly one RM within capacity; re-planning moves nobody', async () => {
    const planId = await planning.plan(head1, 1, 'spec');
    expect(await plan(planId)).toEqual([{ status: 'READY', progress: 100, error: null }]);
    const [{ items }] = await fixture.dataSource.query<{ items: number }[]>(
      'SELECT count(*)::int AS items FROM assignment_plan_items WHERE plan_id = $1',
      [planId],
    );
    // The fixture's four branch-1 clients with an RM are not core in this run: released.
    expect(items).toBe(CLIENTS + 3);

    await applying.apply(head1, planId, 'spec');
    const withoutRm = await fixture.dataSource.query(
      `SELECT c.id FROM clients c
       JOIN client_rankings r ON r.client_id = c.id AND r.core
       LEFT JOIN current_assignments a ON a.client_id = c.id
       WHERE a.manager_id IS NULL`,
    );
    expect(withoutRm).toEqual([]);
    const overFull = await fixture.dataSource.query(
      `SELECT m.id FROM relationship_managers m JOIN current_assignments a ON a.manager_id = m.id
       GROUP BY m.id HAVING count(*) > max(m.core_capacity)`,
    );
    expect(overFull).toEqual([]);

    const again = await planning.plan(head1, 1, 'spec');
    const actions = await fixture.dataSource.query<{ action: string; count: number }[]>(
      `SELECT action, count(*)::int AS count FROM assignment_plan_items WHERE plan_id = $1 GROUP BY action`,
      [again],
    );
    expect(actions).toEqual([{ action: 'KEEP', count: CLIENTS }]);
  });

  it('two heads applying one plan at once: one applies, the other is told CONFLICT', async () => {
    const planId = await planning.plan(head1, 1, 'spec');
    const outcomes = await Promise.allSettled([
      applying.apply(head1, planId, 'spec-a'),
      applying.apply(head1, planId, 'spec-b'),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
  });

  it('a plan that fails is left FAILED with the error, and the error reaches the caller', async () => {
    // Settings that bypassed validation (a hand edit): the solver refuses a zero workload.
    await fixture.dataSource.query(
      `UPDATE settings SET value = jsonb_set(value, '{workloadByTier,SILVER}', '0') WHERE key = 'assignment'`,
    );
    try {
      await expect(planning.plan(head1, 1, 'spec')).rejects.toThrow(/workload/);
      const [failed] = await fixture.dataSource.query<{ status: string; error: string }[]>(
        'SELECT status, error FROM assignment_plans ORDER BY id DESC LIMIT 1',
      );
      expect(failed.status).toBe('FAILED');
      expect(failed.error).toMatch(/workload/);
    } finally {
      await fixture.dataSource.query(
        `UPDATE settings SET value = jsonb_set(value, '{workloadByTier,SILVER}', '1') WHERE key = 'assignment'`,
      );
    }
  });

  it('shows a whole-bank plan and its progress to pollers while the plan is being made', async () => {
    // Another session holds the items table, so the plan stops where it writes its items:
    // what a poller sees then is what the board shows during a long bank-wide plan.
    const blocker = fixture.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE assignment_plan_items IN EXCLUSIVE MODE');
    const planning$ = planning.plan(admin, null, 'spec');
    try {
      let seen: { id: number; branchId: number | null; status: string; progress: number } | null =
        null;
      for (let attempt = 0; attempt < 200 && seen?.progress !== 60; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        [seen] = await fixture.dataSource.query(
          `SELECT id, branch_id AS "branchId", status, progress FROM assignment_plans
           WHERE created_by = $1 ORDER BY id DESC LIMIT 1`,
          [admin.userId],
        );
      }
      expect(seen).toMatchObject({ branchId: null, status: 'PLANNING', progress: 60 });
      await blocker.commitTransaction();
      expect(await planning$).toBe(seen!.id);
      expect(await plan(seen!.id)).toEqual([{ status: 'READY', progress: 100, error: null }]);
    } finally {
      if (blocker.isTransactionActive) await blocker.rollbackTransaction();
      await blocker.release();
      await planning$.catch(() => undefined);
    }
  });

  it('refuses a branch head planning the whole bank before any work is done', async () => {
    const before = await fixture.dataSource.query('SELECT count(*) FROM assignment_plans');
    await expect(planning.plan(head1, null, 'spec')).rejects.toBeInstanceOf(CorebookError);
    expect(await fixture.dataSource.query('SELECT count(*) FROM assignment_plans')).toEqual(before);
  });
});
