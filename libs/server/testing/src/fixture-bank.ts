import type { Actor } from '@corebook/domain';
import * as argon2 from 'argon2';
import { Client } from 'pg';

export const FIXTURE_PASSWORD = 'Fixture-pass-2026';

/**
 * A tiny, fully known bank for integration and end-to-end tests:
 * two branches; RMs rm1 and rm2 in branch 1, rm3 in branch 2; one user per role.
 */
export const FIXTURE = {
  branches: { b1: 1, b2: 2 },
  managers: { rm1: 1, rm2: 2, rm3: 3 },
  clients: {
    /** rm1's book */
    wang: '101',
    li: '102',
    /** rm2's book */
    zhang: '103',
    /** rm3's book, branch 2 */
    chen: '104',
    /** branch 1 pool (no RM) */
    zhao: '105',
  },
  users: ['admin', 'hr', 'head1', 'head2', 'rm1', 'rm2', 'rm3', 'retired'] as const,
} as const;

/** The fixture's users as signed in, for service specs that call services directly. */
export const FIXTURE_ACTORS = {
  admin: { userId: 1, username: 'admin', role: 'ADMIN', branchId: null, managerId: null },
  hr: { userId: 2, username: 'hr', role: 'HR', branchId: null, managerId: null },
  head1: { userId: 3, username: 'head1', role: 'BRANCH_HEAD', branchId: 1, managerId: null },
  head2: { userId: 4, username: 'head2', role: 'BRANCH_HEAD', branchId: 2, managerId: null },
  rm1: { userId: 5, username: 'rm1', role: 'RM', branchId: 1, managerId: 1 },
} as const satisfies Record<string, Actor>;

export async function loadFixtureBank(url: string): Promise<void> {
  const hash = await argon2.hash(FIXTURE_PASSWORD);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query(`INSERT INTO regions (id, code, name) VALUES (1, 'EAST', 'East region')`);
    await db.query(
      `INSERT INTO branches (id, code, name, region_id) VALUES (1, 'B001', 'Riverside', 1), (2, 'B002', 'Harbour', 1)`,
    );
    await db.query(`
      INSERT INTO relationship_managers (id, employee_no, name, branch_id, grade, core_capacity, hire_date, contract_end_date, status) VALUES
        (1, 'E001', 'Liu Yang', 1, 'SENIOR', 150, '2018-03-01', '2027-02-28', 'ACTIVE'),
        (2, 'E002', 'Sun Mei', 1, 'JUNIOR', 80, '2023-07-01', '2026-12-31', 'PROBATION'),
        (3, 'E003', 'Zhou Jie', 2, 'INTERMEDIATE', 120, '2020-01-15', '2027-01-14', 'ACTIVE')`);
    await db.query(
      `INSERT INTO users (id, username, display_name, role, branch_id, relationship_manager_id, active, password_hash) VALUES
        (1, 'admin', 'Admin', 'ADMIN', NULL, NULL, true, $1),
        (2, 'hr', 'HR officer', 'HR', NULL, NULL, true, $1),
        (3, 'head1', 'Head of Riverside', 'BRANCH_HEAD', 1, NULL, true, $1),
        (4, 'head2', 'Head of Harbour', 'BRANCH_HEAD', 2, NULL, true, $1),
        (5, 'rm1', 'Liu Yang', 'RM', 1, 1, true, $1),
        (6, 'rm2', 'Sun Mei', 'RM', 1, 2, true, $1),
        (7, 'rm3', 'Zhou Jie', 'RM', 2, 3, true, $1),
        (8, 'retired', 'Former admin', 'ADMIN', NULL, NULL, false, $1)`,
      [hash],
    );
    await db.query(`SELECT setval(pg_get_serial_sequence('users', 'id'), 100)`);
    await db.query(`
      INSERT INTO clients (id, client_no, name, kind, branch_id, opened_on, risk_rating, phone, email, contribution_12m, aum, last_activity_on) VALUES
        (101, 'C0000101', 'Wang Fang', 'INDIVIDUAL', 1, '2015-04-01', 'R2', '13800000101', 'wang@example.cn', 120000.50, 5000000.00, '2026-10-20'),
        (102, 'C0000102', 'Li Qiang Trading Co.', 'CORPORATE', 1, '2019-09-12', 'R3', NULL, NULL, 98000.00, 2500000.00, '2026-10-02'),
        (103, 'C0000103', 'Zhang Wei', 'INDIVIDUAL', 1, '2021-01-05', 'R1', NULL, NULL, 5400.25, 300000.00, '2026-09-15'),
        (104, 'C0000104', 'Chen Jing', 'INDIVIDUAL', 2, '2017-06-30', 'R2', NULL, NULL, 64000.00, 1800000.00, '2026-10-28'),
        (105, 'C0000105', 'Zhao Lei', 'INDIVIDUAL', 1, '2024-02-18', 'R1', NULL, NULL, 800.00, 20000.00, '2026-06-01')`);
    await db.query(`
      INSERT INTO client_products (client_id, product_type, product_name, account_no, opened_on, balance) VALUES
        (101, 'DEPOSIT', 'Time deposit 1Y', 'A101-1', '2015-04-01', 3000000.00),
        (101, 'WEALTH', 'Steady income fund', 'A101-2', '2020-05-01', 2000000.00),
        (102, 'LOAN', 'Working capital loan', 'A102-1', '2022-03-01', 8000000.00),
        (103, 'CARD', 'Platinum credit card', 'A103-1', '2021-01-05', 12000.00),
        (104, 'DEPOSIT', 'Current account', 'A104-1', '2017-06-30', 1800000.00)`);
    // 24 months of facts for Wang Fang: steady growth, contribution = nii + fee.
    await db.query(`
      INSERT INTO client_monthly_facts (client_id, month, avg_deposit_balance, avg_wealth_balance, net_interest_contribution, fee_income, transaction_count, last_activity_on)
      SELECT 101, (date '2024-11-01' + make_interval(months => n))::date, 2800000 + n * 10000, 1900000 + n * 5000, 8000 + n * 100, 1500, 20 + n, (date '2024-11-20' + make_interval(months => n))::date
      FROM generate_series(0, 23) AS n`);
    await db.query(
      `INSERT INTO fact_months (month) SELECT DISTINCT month FROM client_monthly_facts`,
    );
    await db.query(`
      INSERT INTO client_assignments (client_id, manager_id, branch_id, started_at, start_reason) VALUES
        (101, 1, 1, '2026-01-01T00:00:00Z', 'INITIAL'),
        (102, 1, 1, '2026-01-01T00:00:00Z', 'INITIAL'),
        (103, 2, 1, '2026-01-01T00:00:00Z', 'INITIAL'),
        (104, 3, 2, '2026-01-01T00:00:00Z', 'INITIAL')`);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    await db.end();
  }
}
