import {
  DEFAULT_CONTACT_CYCLE_SETTINGS,
  addDays,
  coverageDays,
  coverageRatio,
  cycleTimeline,
  nextDueOn,
  type ContactOutcome,
  type ContactType,
  type CycleEntry,
  type CycleEvent,
  type ValueTier,
} from '@corebook/domain';
import type { TestDatabase } from '@corebook/server/testing';
import { seedBank, type SeedSummary } from './index';
import { one, query, seedDemoBank } from './seed-bank.fixtures';
import { serviceHabit, type ServiceHabit } from './service-habits';

jest.setTimeout(180_000);

const UNTIL = '2026-11-30';
const YESTERDAY = addDays(UNTIL, -1);
const settings = DEFAULT_CONTACT_CYCLE_SETTINGS;

interface CycleRow {
  clientId: string;
  managerId: number | null;
  tier: ValueTier | null;
  coreSince: string | null;
  assignedOn: string | null;
  lastContactOn: string | null;
  plannedOn: string | null;
  dueOn: string | null;
}

interface ContactRow {
  clientId: string;
  status: string;
  type: ContactType;
  outcome: ContactOutcome | null;
  occurredOn: string | null;
  loggedOn: string | null;
  plannedOn: string | null;
}

const groupBy = <T>(rows: readonly T[], key: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

// The demo bank's contact history (contacts up to the day before UNTIL) and the cycles the
// first ranking run finds in place.
describe('seedBank contact history (demo size)', () => {
  let db: TestDatabase;
  let summary: SeedSummary;
  let cycles: CycleRow[];
  let contactsByClient: Map<string, ContactRow[]>;
  let logByClient: Map<string, (CycleEntry & { clientId: string })[]>;

  beforeAll(async () => {
    ({ db, summary } = await seedDemoBank({ contactsUntil: UNTIL }));
    cycles = await query<CycleRow>(
      db.url,
      `SELECT client_id AS "clientId", manager_id AS "managerId", tier, core_since::text AS "coreSince",
              assigned_on::text AS "assignedOn", last_contact_on::text AS "lastContactOn",
              planned_on::text AS "plannedOn", due_on::text AS "dueOn"
       FROM client_cycles ORDER BY client_id`,
    );
    const contacts = await query<ContactRow>(
      db.url,
      `SELECT client_id AS "clientId", status, type, outcome, occurred_on::text AS "occurredOn",
              logged_on::text AS "loggedOn", planned_on::text AS "plannedOn"
       FROM contacts ORDER BY id`,
    );
    contactsByClient = groupBy(contacts, (row) => row.clientId);
    const log = await query<CycleEntry & { clientId: string }>(
      db.url,
      `SELECT client_id AS "clientId", valid_on::text AS "on", manager_id AS "managerId", due_on::text AS "dueOn"
       FROM client_cycle_log ORDER BY client_id, id`,
    );
    logByClient = groupBy(log, (row) => row.clientId);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('counts the history in the summary and gives every core client a cycle', async () => {
    const counts = await one<Record<string, string>>(
      db.url,
      `SELECT (SELECT count(*) FROM contacts) AS contacts, (SELECT count(*) FROM contacts WHERE status = 'PLANNED') AS planned,
              (SELECT count(*) FROM client_cycles) AS cycles, (SELECT count(*) FROM client_cycle_log) AS log,
              (SELECT count(*) FROM client_cycles WHERE tier IS NOT NULL) AS core`,
    );
    expect(counts).toEqual({
      contacts: String(summary.counts.contacts),
      planned: String(summary.counts.plannedContacts),
      cycles: String(summary.counts.clientCycles),
      log: String(summary.counts.clientCycleLog),
      // The top 20% of 5,000 clients by value, as the first ranking run will find them.
      core: '1000',
    });
    expect(summary.contactsUntil).toBe(UNTIL);
    // Several contacts a year for each of about 1,000 core clients.
    expect(summary.counts.contacts).toBeGreaterThan(4_000);
    expect(summary.counts.contacts).toBeLessThan(10_000);
  });

  it('contacts each core client as often as its tier’s cycle asks, and pool clients never', () => {
    const perYear = new Map<string, number[]>();
    for (const row of cycles) {
      // Clients served all year by an RM who was there all year.
      if (row.tier === null || row.managerId === null || row.coreSince !== addDays(UNTIL, -365))
        continue;
      const counting = (contactsByClient.get(row.clientId) ?? []).filter(
        (c) =>
          c.status === 'DONE' &&
          c.outcome !== 'NOT_REACHED' &&
          c.type !== 'MESSAGE' &&
          c.type !== 'EMAIL',
      ).length;
      if (counting === 0) continue;
      perYear.set(row.tier, [...(perYear.get(row.tier) ?? []), counting]);
    }
    const mean = (tier: ValueTier) => {
      const values = perYear.get(tier) ?? [];
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    for (const tier of ['PLATINUM', 'GOLD', 'SILVER'] as const) {
      const cycle = settings.cycleDays[tier];
      // Between once a cycle and once every 0.55 of one.
      expect(mean(tier)).toBeGreaterThan((365 / cycle) * 0.85);
      expect(mean(tier)).toBeLessThan(365 / cycle / 0.55);
    }
    expect(mean('PLATINUM')).toBeGreaterThan(1.7 * mean('GOLD'));
    expect(mean('GOLD')).toBeGreaterThan(1.3 * mean('SILVER'));
    const pooled = cycles.filter((row) => row.managerId === null);
    expect(pooled.length).toBeGreaterThan(0);
    for (const row of pooled) expect(contactsByClient.get(row.clientId)).toBeUndefined();
  });

  it('gives diligent RMs better coverage than late ones, and the demo RM a queue to work', async () => {
    const managers = await query<{ id: number; username: string }>(
      db.url,
      `SELECT relationship_manager_id AS id, username FROM users WHERE relationship_manager_id IS NOT NULL`,
    );
    // Coverage of the 91 days before UNTIL, by the rules' own function over the log.
    const byManager = new Map<number, { coreDays: number; withinDays: number }>();
    for (const entries of logByClient.values())
      for (const [id, days] of coverageDays(entries, addDays(UNTIL, -91), YESTERDAY)) {
        const sum = byManager.get(id) ?? { coreDays: 0, withinDays: 0 };
        byManager.set(id, {
          coreDays: sum.coreDays + days.coreDays,
          withinDays: sum.withinDays + days.withinDays,
        });
      }
    const byHabit = new Map<ServiceHabit, number[]>();
    for (const manager of managers) {
      const coverage = coverageRatio(byManager.get(manager.id) ?? { coreDays: 0, withinDays: 0 });
      if (coverage === null) continue;
      const habit = serviceHabit(1, manager.id, manager.username);
      byHabit.set(habit, [...(byHabit.get(habit) ?? []), coverage]);
    }
    const mean = (habit: ServiceHabit) => {
      const values = byHabit.get(habit) ?? [];
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(mean('DILIGENT')).toBeGreaterThan(0.95);
    expect(mean('STEADY')).toBeGreaterThan(0.82);
    expect(mean('LATE')).toBeLessThan(0.88);
    expect(mean('DILIGENT') - mean('LATE')).toBeGreaterThan(0.1);

    // The demo sign-in's revisit queue on UNTIL: overdue clients and clients due this week.
    const queue = await one<{ overdue: string; soon: string }>(
      db.url,
      `SELECT count(*) FILTER (WHERE s.due_on < $1::date) AS overdue,
              count(*) FILTER (WHERE s.due_on BETWEEN $1::date AND $1::date + 7) AS soon
       FROM client_cycles s JOIN users u ON u.relationship_manager_id = s.manager_id WHERE u.username = 'rm.b001.01'`,
      [UNTIL],
    );
    expect(Number(queue.overdue)).toBeGreaterThanOrEqual(1);
    expect(Number(queue.soon)).toBeGreaterThanOrEqual(1);
  });

  it('keeps every client’s cycle and log as the rules make them from its contacts', () => {
    for (const row of cycles) {
      const contacts = contactsByClient.get(row.clientId) ?? [];
      const done = contacts.filter((c) => c.status === 'DONE');
      const counting = done.filter(
        (c) => c.outcome !== 'NOT_REACHED' && settings.countingTypes.includes(c.type),
      );
      const lastContactOn =
        counting
          .map((c) => c.occurredOn as string)
          .sort()
          .at(-1) ?? null;
      const plannedOn =
        contacts
          .filter((c) => c.status === 'PLANNED')
          .map((c) => c.plannedOn as string)
          .sort()[0] ?? null;
      expect({
        client: row.clientId,
        lastContactOn: row.lastContactOn,
        plannedOn: row.plannedOn,
      }).toEqual({
        client: row.clientId,
        lastContactOn,
        plannedOn,
      });
      expect(row.dueOn).toBe(nextDueOn({ ...row, lastContactOn }, settings));

      // The log is the rules' timeline from the day the row appeared.
      const events: CycleEvent[] = [];
      if (row.assignedOn)
        events.push({ on: row.assignedOn, kind: 'ASSIGNED', managerId: row.managerId });
      if (row.tier && row.coreSince)
        events.push({ on: row.coreSince, kind: 'RANKED', tier: row.tier });
      for (const c of done)
        events.push({
          on: c.loggedOn as string,
          kind: 'CONTACT',
          occurredOn: c.occurredOn as string,
          type: c.type,
          outcome: c.outcome as ContactOutcome,
        });
      const appears = row.coreSince ?? done.map((c) => c.loggedOn as string).sort()[0];
      const timeline = cycleTimeline(events, settings);
      const atStart = timeline.filter((entry) => entry.on <= appears).at(-1);
      const expected = [
        ...(atStart && (atStart.managerId !== null || atStart.dueOn !== null)
          ? [{ ...atStart, on: appears }]
          : []),
        ...timeline.filter((entry) => entry.on > appears),
      ];
      const log = (logByClient.get(row.clientId) ?? []).map(({ on, managerId, dueOn }) => ({
        on,
        managerId,
        dueOn,
      }));
      expect({ client: row.clientId, log }).toEqual({ client: row.clientId, log: expected });
    }
  });

  it('writes contacts as the serving RM, on working days and hours, none in the future', async () => {
    const row = await one<Record<string, string>>(
      db.url,
      `SELECT count(*) FILTER (WHERE u.relationship_manager_id IS DISTINCT FROM k.manager_id OR k.manager_id IS DISTINCT FROM a.manager_id) AS wrong_author,
              count(*) FILTER (WHERE k.status = 'DONE' AND (k.occurred_at AT TIME ZONE 'Asia/Shanghai')::date <> k.occurred_on) AS wrong_day,
              count(*) FILTER (WHERE k.status = 'DONE' AND (extract(hour FROM k.occurred_at AT TIME ZONE 'Asia/Shanghai') NOT BETWEEN 9 AND 17
                                                           OR extract(isodow FROM k.occurred_on) > 5)) AS off_hours,
              count(*) FILTER (WHERE k.status = 'DONE' AND (k.logged_on - k.occurred_on NOT IN (0, 1) OR k.occurred_on >= $1::date
                                                           OR k.occurred_on < $1::date - 365)) AS wrong_dates,
              count(*) FILTER (WHERE k.status = 'PLANNED' AND k.planned_on NOT BETWEEN $1::date AND $1::date + 13) AS wrong_plans,
              count(*) FILTER (WHERE k.occurred_on < c.opened_on OR k.occurred_on <= m.hire_date) AS before_there,
              count(*) FILTER (WHERE k.status = 'DONE' AND (k.created_at AT TIME ZONE 'Asia/Shanghai')::date <> k.logged_on) AS wrong_written,
              count(*) FILTER (WHERE k.status NOT IN ('DONE', 'PLANNED')) AS other_status,
              round(avg((k.type IN ('MESSAGE', 'EMAIL'))::int), 3) AS non_counting,
              round(avg((k.outcome = 'NOT_REACHED')::int), 3) AS not_reached,
              round(avg((k.notes ~ '[\\u4e00-\\u9fff]')::int), 3) AS chinese,
              count(*) FILTER (WHERE k.status = 'PLANNED') AS planned
       FROM contacts k JOIN users u ON u.id = k.author_id JOIN clients c ON c.id = k.client_id
       JOIN relationship_managers m ON m.id = k.manager_id LEFT JOIN current_assignments a ON a.client_id = k.client_id`,
      [UNTIL],
    );
    expect(row).toMatchObject({
      wrong_author: '0',
      wrong_day: '0',
      off_hours: '0',
      wrong_dates: '0',
      wrong_plans: '0',
      before_there: '0',
      wrong_written: '0',
      other_status: '0',
    });
    // A sprinkling of messages and calls that did not reach the client (neither counts).
    expect(Number(row.non_counting)).toBeGreaterThan(0.04);
    expect(Number(row.non_counting)).toBeLessThan(0.2);
    expect(Number(row.not_reached)).toBeGreaterThan(0.02);
    expect(Number(row.not_reached)).toBeLessThan(0.12);
    // Notes in both languages, and a few planned contacts.
    expect(Number(row.chinese)).toBeGreaterThan(0.3);
    expect(Number(row.chinese)).toBeLessThan(0.9);
    expect(Number(row.planned)).toBeGreaterThan(20);
  });

  it('adds the same history to a bank seeded before it had contacts, once', async () => {
    const dump = async () =>
      one<Record<string, string>>(
        db.url,
        `SELECT (SELECT md5(string_agg(k::text, '|' ORDER BY k.id)) FROM contacts k) AS contacts,
                (SELECT md5(string_agg((s.client_id, s.manager_id, s.tier, s.core_since, s.assigned_on, s.last_contact_on, s.planned_on, s.due_on)::text, '|' ORDER BY s.client_id)) FROM client_cycles s) AS cycles,
                (SELECT md5(string_agg(l::text, '|' ORDER BY l.client_id, l.id)) FROM client_cycle_log l) AS log`,
      );
    const before = await dump();
    await query(db.url, `TRUNCATE contacts, contact_addenda, client_cycles, client_cycle_log`);
    const added = await seedBank(db.url, { size: 'demo', contactsUntil: UNTIL });
    expect(added).toMatchObject({ skipped: true, contactsAdded: true });
    expect(added.counts.contacts).toBe(summary.counts.contacts);
    expect(added.phases.map((p) => p.phase)).toEqual(['contacts', 'analyze']);
    expect(await dump()).toEqual(before);
    const audit = await query<{ detail_code: string }>(
      db.url,
      `SELECT detail_code FROM audit_entries WHERE operation = 'seedBank' ORDER BY id`,
    );
    expect(audit.map((a) => a.detail_code)).toEqual(['BANK_SEEDED', 'CONTACTS_SEEDED']);

    const again = await seedBank(db.url, { size: 'demo', contactsUntil: UNTIL });
    expect(again).toMatchObject({ skipped: true, contactsAdded: false });
  });
});
