import { createTestDatabase, type TestDatabase } from '@corebook/server/testing';
import { todayIn } from '@corebook/domain';
import { verify } from 'argon2';
import { DEMO_LOGINS, seedBank, type SeedSummary } from './index';
import { one, query, seedDemoBank } from './seed-bank.fixtures';

jest.setTimeout(180_000);

/** A fingerprint of everything a user would see of the bank (timestamps set by now() excluded). */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const dumps = {
    clients: `SELECT md5(string_agg(c::text, '|' ORDER BY c.id)) FROM clients c`,
    products: `SELECT md5(string_agg(p::text, '|' ORDER BY p.id)) FROM client_products p`,
    facts: `SELECT md5(string_agg(f::text, '|' ORDER BY f.client_id, f.month)) FROM client_monthly_facts f`,
    managers: `SELECT md5(string_agg((m.id, m.name, m.grade, m.core_capacity, m.hire_date, m.contract_end_date, m.status)::text, '|' ORDER BY m.id)) FROM relationship_managers m`,
    users: `SELECT md5(string_agg((u.id, u.username, u.display_name, u.role, u.branch_id, u.relationship_manager_id, u.password_hash, u.locale)::text, '|' ORDER BY u.id)) FROM users u`,
    books: `SELECT md5(string_agg((a.client_id, a.manager_id, a.branch_id, a.started_at, a.start_reason)::text, '|' ORDER BY a.client_id, a.id)) FROM client_assignments a`,
    trainingActivities: `SELECT md5(string_agg(a::text, '|' ORDER BY a.id)) FROM training_activities a`,
    trainingRecords: `SELECT md5(string_agg(r::text, '|' ORDER BY r.id)) FROM training_records r`,
    contacts: `SELECT md5(string_agg(k::text, '|' ORDER BY k.id)) FROM contacts k`,
    cycles: `SELECT md5(string_agg((s.client_id, s.manager_id, s.tier, s.core_since, s.assigned_on, s.last_contact_on, s.planned_on, s.due_on)::text, '|' ORDER BY s.client_id)) FROM client_cycles s`,
    cycleLog: `SELECT md5(string_agg(l::text, '|' ORDER BY l.client_id, l.id)) FROM client_cycle_log l`,
  };
  const out: Record<string, string> = {};
  for (const [name, sql] of Object.entries(dumps))
    out[name] = (await one<{ md5: string }>(url, sql)).md5;
  return out;
}

/** Index and constraint definitions, to show the seed leaves the migrated schema as it was. */
async function schemaShape(url: string): Promise<string[]> {
  const rows = await query<{ item: string }>(
    url,
    `SELECT indexdef AS item FROM pg_indexes WHERE schemaname = 'public'
     UNION ALL
     SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace
     ORDER BY 1`,
  );
  return rows.map((row) => row.item);
}

// The bank as seeded: its size, a second run, the schema, clients, facts, books, sign-ins, and
// the same bank from the same seed. Its training catalogue and records: seed-bank-training.spec.ts.
describe('seedBank (demo size)', () => {
  let db: TestDatabase;
  let summary: SeedSummary;

  beforeAll(async () => {
    ({ db, summary } = await seedDemoBank());
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('loads a demo bank of the documented size', async () => {
    expect(summary.skipped).toBe(false);
    const counts = await one<Record<string, string>>(
      db.url,
      `SELECT (SELECT count(*) FROM regions) AS regions, (SELECT count(*) FROM branches) AS branches,
              (SELECT count(*) FROM relationship_managers) AS managers, (SELECT count(*) FROM users) AS users,
              (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM client_products) AS products,
              (SELECT count(*) FROM client_monthly_facts) AS facts,
              (SELECT count(*) FROM training_activities) AS activities,
              (SELECT count(*) FROM training_records) AS records,
              (SELECT count(*) FROM client_assignments) AS assignments,
              (SELECT count(*) FROM current_assignments WHERE manager_id IS NOT NULL) AS "clientsWithRm",
              (SELECT count(*) FROM fact_months) AS months`,
    );
    expect(counts).toEqual({
      regions: '2',
      branches: '5',
      managers: '40',
      users: String(2 + 5 + 40),
      clients: '5000',
      products: String(summary.counts.clientProducts),
      facts: String(summary.counts.clientMonthlyFacts),
      activities: String(summary.counts.trainingActivities),
      records: String(summary.counts.trainingRecords),
      // One assignment row per client with an RM, and the 24 fact months are listed.
      assignments: String(summary.counts.clientAssignments),
      clientsWithRm: String(summary.counts.clientAssignments),
      months: '24',
    });
    // Three years of 14-20 activities; about 20-25 completions per RM over those years.
    expect(summary.counts.trainingActivities).toBeGreaterThanOrEqual(3 * 14);
    expect(summary.counts.trainingActivities).toBeLessThanOrEqual(3 * 20);
    expect(summary.counts.trainingRecords).toBeGreaterThan(40 * 15);
    expect(summary.counts.trainingRecords).toBeLessThan(40 * 30);
    expect(summary.counts.clientProducts).toBeGreaterThan(5_000);
    expect(summary.counts.clientMonthlyFacts).toBeGreaterThan(5_000 * 20);
    expect(summary.phases.map((p) => p.phase)).toEqual([
      'organisation',
      'plan',
      'clients',
      'products',
      'facts',
      'books',
      'training',
      'contacts',
      'indexes',
      'analyze',
    ]);
    // The contact log runs up to the day it was seeded, in the bank's zone.
    expect(summary.contactsUntil).toBe(todayIn('Asia/Shanghai'));
  });

  it('does nothing when run again', async () => {
    const again = await seedBank(db.url, { size: 'demo', seed: 99 });
    expect(again.skipped).toBe(true);
    const { clients, audit } = await one<{ clients: string; audit: string }>(
      db.url,
      `SELECT (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM audit_entries WHERE operation = 'seedBank') AS audit`,
    );
    expect(clients).toBe('5000');
    expect(audit).toBe('1');
  });

  it('leaves indexes, constraints and identity sequences as the migrations made them', async () => {
    const fresh = await createTestDatabase();
    try {
      expect(await schemaShape(db.url)).toEqual(await schemaShape(fresh.url));
    } finally {
      await fresh.drop();
    }
    // New rows get ids after the seeded ones.
    const next = await one<Record<string, string>>(
      db.url,
      `SELECT nextval(pg_get_serial_sequence('regions', 'id')) AS region, nextval(pg_get_serial_sequence('clients', 'id')) AS client,
              nextval(pg_get_serial_sequence('training_activities', 'id')) AS activity,
              nextval(pg_get_serial_sequence('training_records', 'id')) AS record,
              nextval(pg_get_serial_sequence('contacts', 'id')) AS contact,
              nextval(pg_get_serial_sequence('client_cycle_log', 'id')) AS log`,
    );
    expect(next).toEqual({
      region: '3',
      client: '5001',
      activity: String(summary.counts.trainingActivities + 1),
      record: String(summary.counts.trainingRecords + 1),
      contact: String(summary.counts.contacts + 1),
      log: String(summary.counts.clientCycleLog + 1),
    });
  });

  it('concentrates value: the top 20% of clients hold 75-85% of 12-month contribution', async () => {
    const { share } = await one<{ share: string }>(
      db.url,
      `WITH ranked AS (SELECT contribution_12m, row_number() OVER (ORDER BY contribution_12m DESC) AS rank, count(*) OVER () AS n FROM clients)
       SELECT sum(contribution_12m) FILTER (WHERE rank <= n * 0.2) / sum(contribution_12m) AS share FROM ranked`,
    );
    expect(Number(share)).toBeGreaterThanOrEqual(0.75);
    expect(Number(share)).toBeLessThanOrEqual(0.85);
  });

  it('keeps clients value figures consistent with their monthly facts', async () => {
    const mismatches = await query<{ id: string }>(
      db.url,
      `WITH window_facts AS (
         SELECT client_id, sum(net_interest_contribution + fee_income) AS contribution,
                round(avg(avg_deposit_balance + avg_wealth_balance), 2) AS aum
           FROM client_monthly_facts WHERE month >= DATE '2025-10-01' GROUP BY client_id),
       latest AS (SELECT DISTINCT ON (client_id) client_id, last_activity_on FROM client_monthly_facts ORDER BY client_id, month DESC)
       SELECT c.id FROM clients c JOIN window_facts w ON w.client_id = c.id JOIN latest l ON l.client_id = c.id
        WHERE c.contribution_12m <> w.contribution OR c.aum <> w.aum OR c.last_activity_on IS DISTINCT FROM l.last_activity_on
        LIMIT 5`,
    );
    expect(mismatches).toEqual([]);
  });

  it('has facts only from each client’s opening month, one per month up to September 2026', async () => {
    const row = await one<{ early: string; late: string; gaps: string }>(
      db.url,
      `SELECT (SELECT count(*) FROM client_monthly_facts f JOIN clients c ON c.id = f.client_id
                WHERE f.month < date_trunc('month', c.opened_on)) AS early,
              (SELECT count(*) FROM client_monthly_facts WHERE month > DATE '2026-09-01') AS late,
              (SELECT count(*) FROM clients c
                WHERE (SELECT count(*) FROM client_monthly_facts f WHERE f.client_id = c.id)
                   <> 24 - greatest(0, (extract(year FROM c.opened_on)::int - 2024) * 12 + extract(month FROM c.opened_on)::int - 10)) AS gaps`,
    );
    expect(row).toEqual({ early: '0', late: '0', gaps: '0' });
  });

  it('assigns roughly the top quarter of each branch to that branch’s RMs, and nobody to RMs who left', async () => {
    const branches = await query<{ code: string; share: string; top_assigned: string }>(
      db.url,
      `WITH ranked AS (SELECT c.*, a.manager_id, percent_rank() OVER (PARTITION BY c.branch_id ORDER BY c.contribution_12m DESC) AS pr
                       FROM clients c LEFT JOIN current_assignments a ON a.client_id = c.id)
       SELECT b.code, avg((r.manager_id IS NOT NULL)::int) AS share,
              avg((r.manager_id IS NOT NULL)::int) FILTER (WHERE r.pr < 0.2) AS top_assigned
         FROM ranked r JOIN branches b ON b.id = r.branch_id GROUP BY b.code ORDER BY b.code`,
    );
    expect(branches).toHaveLength(5);
    for (const branch of branches) {
      expect(Number(branch.share)).toBeGreaterThan(0.18);
      expect(Number(branch.share)).toBeLessThan(0.3);
      // Imperfect, as before Corebook: most but not all core-looking clients have an RM.
      expect(Number(branch.top_assigned)).toBeGreaterThan(0.85);
      expect(Number(branch.top_assigned)).toBeLessThan(1);
    }
    const wrong = await one<{ left_books: string; cross_branch: string }>(
      db.url,
      `SELECT (SELECT count(*) FROM current_assignments a JOIN relationship_managers m ON m.id = a.manager_id WHERE m.status = 'LEFT') AS left_books,
              (SELECT count(*) FROM current_assignments a JOIN clients c ON c.id = a.client_id
                 JOIN relationship_managers m ON m.id = a.manager_id WHERE m.branch_id <> c.branch_id) AS cross_branch`,
    );
    expect(wrong).toEqual({ left_books: '0', cross_branch: '0' });
  });

  it('gives every RM a sign-in of their own branch, and the bank enough core capacity', async () => {
    const row = await one<{
      rms_without_user: string;
      rm_users_wrong: string;
      heads: string;
      capacity: string;
      clients: string;
    }>(
      db.url,
      `SELECT (SELECT count(*) FROM relationship_managers m WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.relationship_manager_id = m.id)) AS rms_without_user,
              (SELECT count(*) FROM users u LEFT JOIN relationship_managers m ON m.id = u.relationship_manager_id
                WHERE u.role = 'RM' AND (m.id IS NULL OR m.branch_id <> u.branch_id OR u.active <> (m.status <> 'LEFT'))) AS rm_users_wrong,
              (SELECT count(DISTINCT branch_id) FROM users WHERE role = 'BRANCH_HEAD') AS heads,
              (SELECT sum(core_capacity) FROM relationship_managers WHERE status <> 'LEFT') AS capacity,
              (SELECT count(*) FROM clients) AS clients`,
    );
    expect(row.rms_without_user).toBe('0');
    expect(row.rm_users_wrong).toBe('0');
    expect(row.heads).toBe('5');
    expect(Number(row.capacity)).toBeGreaterThan(0.2 * Number(row.clients) * 1.1);
  });

  it('creates the demo logins, which verify with their password and have real books', async () => {
    for (const login of DEMO_LOGINS) {
      const user = await one<{
        role: string;
        password_hash: string;
        branch_id: number | null;
        active: boolean;
        book: string;
        status: string | null;
      }>(
        db.url,
        `SELECT u.role, u.password_hash, u.branch_id, u.active, m.status,
                (SELECT count(*) FROM current_assignments a WHERE a.manager_id = u.relationship_manager_id) AS book
           FROM users u LEFT JOIN relationship_managers m ON m.id = u.relationship_manager_id WHERE u.username = $1`,
        [login.username],
      );
      expect(user).toBeDefined();
      expect(user.role).toBe(login.role);
      expect(user.active).toBe(true);
      await expect(verify(user.password_hash, login.password)).resolves.toBe(true);
      await expect(verify(user.password_hash, `${login.password}x`)).resolves.toBe(false);
      if (login.role === 'ADMIN' || login.role === 'HR') expect(user.branch_id).toBeNull();
      if (login.role === 'RM') {
        expect(user.status).toBe('ACTIVE');
        expect(Number(user.book)).toBeGreaterThanOrEqual(24);
      }
    }
  });

  it('produces the same bank from the same seed, and another from another seed', async () => {
    const twin = await createTestDatabase();
    const other = await createTestDatabase();
    try {
      const { contactsUntil } = summary;
      await seedBank(twin.url, { size: 'demo', seed: 1, contactsUntil });
      await seedBank(other.url, { size: 'demo', seed: 2, contactsUntil });
      const original = await fingerprint(db.url);
      expect(await fingerprint(twin.url)).toEqual(original);
      const different = await fingerprint(other.url);
      expect(different.clients).not.toBe(original.clients);
      expect(different.facts).not.toBe(original.facts);
      expect(different.trainingActivities).not.toBe(original.trainingActivities);
      expect(different.trainingRecords).not.toBe(original.trainingRecords);
      expect(different.contacts).not.toBe(original.contacts);
    } finally {
      await twin.drop();
      await other.drop();
    }
  });
});
