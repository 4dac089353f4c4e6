import {
  DEFAULT_CONTACT_CYCLE_SETTINGS,
  VALUE_TIERS,
  addDays,
  coverageDays,
  cycleTimeline,
  todayIn,
  type ContactCycleSettings,
  type ContactOutcome,
  type ContactType,
  type CycleEvent,
  type ValueTier,
} from '@corebook/domain';
import { BANK_TIME_ZONE } from '@corebook/server/common';
import { coverageFigures } from '@corebook/server/servicing';
import { openFixtureDataSource } from '@corebook/server/testing';
import { withDb } from './support/ranking-fixture';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The database keeps each client's cycle in SQL (libs/server/contact-cycles); the rule is the
 * domain's pure functions. These checks hold the two together: every client of the demo bank
 * after the product's own paths have changed it, and coverage summed in SQL over a year of
 * logged cycles against `coverageDays`.
 */

type Row = Record<string, any>;

/** Every client's events, read back from what the product wrote. */
async function eventsOf(
  url: string,
): Promise<{ events: Map<string, CycleEvent[]>; first: ContactCycleSettings }> {
  return withDb(url, async (db) => {
    const events = new Map<string, CycleEvent[]>();
    const add = (clientId: string, event: CycleEvent) => {
      const list = events.get(clientId) ?? [];
      list.push(event);
      events.set(clientId, list);
    };
    const day = (column: string) =>
      `to_char(${column} AT TIME ZONE '${BANK_TIME_ZONE}', 'YYYY-MM-DD')`;
    for (const row of (
      await db.query<Row>(
        `SELECT client_id::text AS client, ${day('started_at')} AS on, manager_id FROM client_assignments ORDER BY client_id, id`,
      )
    ).rows)
      add(row.client, { on: row.on, kind: 'ASSIGNED', managerId: row.manager_id });
    for (const row of (
      await db.query<Row>(
        `SELECT r.client_id::text AS client, ${day('u.finished_at')} AS on, CASE WHEN r.core THEN r.tier END AS tier
         FROM client_rankings r JOIN ranking_runs u ON u.id = r.run_id AND u.status = 'COMPLETED' ORDER BY u.id`,
      )
    ).rows)
      add(row.client, { on: row.on, kind: 'RANKED', tier: row.tier as ValueTier | null });
    for (const row of (
      await db.query<Row>(
        `SELECT client_id::text AS client, logged_on, occurred_on, type, outcome FROM contacts WHERE status = 'DONE' ORDER BY id`,
      )
    ).rows)
      add(row.client, {
        on: row.logged_on,
        kind: 'CONTACT',
        occurredOn: row.occurred_on,
        type: row.type as ContactType,
        outcome: row.outcome as ContactOutcome,
      });
    const versions = (
      await db.query<Row>(
        `SELECT to_char(effective_on, 'YYYY-MM-DD') AS on, value FROM contact_cycle_versions ORDER BY version`,
      )
    ).rows;
    for (const clientId of events.keys())
      for (const version of versions.slice(1))
        add(clientId, { on: version.on, kind: 'SETTINGS', settings: version.value });
    return { events, first: versions[0].value };
  });
}

describe('contact cycles: the SQL against the rule', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({}, 'demo');
  }, 120_000);
  afterAll(() => api.close());

  it("every demo-bank client's due date is the rule's, after a ranking, contacts, a move, a plan and new settings", async () => {
    const admin = await api.tokenFor('admin');
    const head = await api.tokenFor('head.b001');
    // The seed writes each client's cycle with the rule itself; here the product's SQL builds
    // them all, from the seeded contact history, starting with this first ranking.
    await withDb(api.database.url, (db) => db.query('TRUNCATE client_cycles, client_cycle_log'));
    const ran = await api.graphql('mutation { runCoreRanking { id } }', {}, { token: admin });
    expect(ran.errors).toBeUndefined();

    // Contacts through the API by three RMs of branch B001, on clients of their books.
    const books = await withDb(
      api.database.url,
      async (db) =>
        (
          await db.query<Row>(
            `SELECT u.username, s.client_id::text AS client FROM client_cycles s
           JOIN users u ON u.relationship_manager_id = s.manager_id
           WHERE u.username IN ('rm.b001.01', 'rm.b001.02', 'rm.b001.03') AND s.tier IS NOT NULL
           ORDER BY u.username, s.client_id`,
          )
        ).rows,
    );
    expect(books.length).toBeGreaterThan(20);
    const tokens: Record<string, string> = {};
    const kinds: [ContactType, ContactOutcome][] = [
      ['VISIT', 'POSITIVE'],
      ['MESSAGE', 'NEUTRAL'],
      ['PHONE', 'NOT_REACHED'],
      ['VIDEO', 'NEGATIVE'],
    ];
    for (const [i, { username, client }] of books.slice(0, 24).entries()) {
      tokens[username] ??= await api.tokenFor(username);
      const [type, outcome] = kinds[i % kinds.length];
      const logged = await api.graphql(
        `mutation ($input: ContactInput!) { logContact(input: $input) { id } }`,
        {
          input: {
            clientId: client,
            occurredAt: new Date(Date.now() - (i + 1) * 86_400_000).toISOString(),
            type,
            purpose: 'PERIODIC_REVIEW',
            outcome,
          },
        },
        { token: tokens[username] },
      );
      expect(logged.errors).toBeUndefined();
    }
    // A move by hand, then a plan for the branch applied, then new cycles.
    const moved = await api.graphql(
      `mutation ($c: ID!) { reassignClient(clientId: $c, managerId: null, reasonCode: CLIENT_REQUEST, reason: "Client asked to be served at the counter") { id } }`,
      { c: books[0].client },
      { token: head },
    );
    expect(moved.errors).toBeUndefined();
    const plan = await api.graphql(
      'mutation { planAssignment(branchId: 1) { id status } }',
      {},
      { token: head },
    );
    expect(plan.errors).toBeUndefined();
    const applied = await api.graphql(
      'mutation ($id: Int!) { applyAssignmentPlan(planId: $id) { id } }',
      { id: plan.data!.planAssignment.id },
      { token: head },
    );
    expect(applied.errors).toBeUndefined();
    const settings = await api.graphql(
      `mutation ($input: ContactCycleSettingsInput!) { updateContactCycleSettings(input: $input, version: 1) { version } }`,
      {
        input: {
          ...DEFAULT_CONTACT_CYCLE_SETTINGS,
          cycleDays: { ...DEFAULT_CONTACT_CYCLE_SETTINGS.cycleDays, GOLD: 45, SILVER: 75 },
          countingTypes: ['VISIT', 'PHONE', 'VIDEO', 'BRANCH_MEETING', 'MESSAGE'],
        },
      },
      { token: admin },
    );
    expect(settings.errors).toBeUndefined();

    const { events, first } = await eventsOf(api.database.url);
    const kept = await withDb(api.database.url, async (db) => {
      const rows = (
        await db.query<Row>(
          `SELECT s.client_id::text AS client, s.manager_id, s.due_on,
                  (SELECT row(l.manager_id, l.due_on)::text FROM client_cycle_log l WHERE l.client_id = s.client_id ORDER BY l.id DESC LIMIT 1) AS logged
           FROM client_cycles s`,
        )
      ).rows;
      return rows;
    });
    expect(kept.length).toBeGreaterThan(500);
    let due = 0;
    for (const row of kept) {
      const last = cycleTimeline(events.get(row.client) ?? [], first).at(-1) ?? {
        managerId: null,
        dueOn: null,
      };
      expect({ client: row.client, managerId: row.manager_id, dueOn: row.due_on }).toEqual({
        client: row.client,
        managerId: last.managerId,
        dueOn: last.dueOn,
      });
      // The log's newest row is the state now (or there is none: never had a cycle).
      if (row.logged !== null)
        expect(row.logged).toBe(`(${row.manager_id ?? ''},${row.due_on ?? ''})`);
      if (row.due_on !== null) due++;
    }
    expect(due).toBeGreaterThan(500);
  }, 120_000);
});

/** A small deterministic generator (the same events every run). */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

describe('coverage: the SQL over the log against coverageDays', () => {
  it('agrees for every RM over a year of logged cycles, whatever the period', async () => {
    const fixture = await openFixtureDataSource();
    try {
      const next = generator(17);
      const types: ContactType[] = ['VISIT', 'PHONE', 'MESSAGE', 'EMAIL', 'VIDEO'];
      const timelines = new Map<number, ReturnType<typeof cycleTimeline>>();
      for (let client = 1; client <= 300; client++) {
        const events: CycleEvent[] = [];
        let day = `2026-01-0${1 + next(5)}`;
        events.push({ on: day, kind: 'ASSIGNED', managerId: 1 + next(3) });
        events.push({ on: day, kind: 'RANKED', tier: VALUE_TIERS[next(4)] });
        while ((day = addDays(day, 1 + next(40))) < '2026-12-31') {
          const pick = next(10);
          if (pick < 6)
            events.push({
              on: day,
              kind: 'CONTACT',
              occurredOn: addDays(day, -next(3)),
              type: types[next(5)],
              outcome: next(6) === 0 ? 'NOT_REACHED' : 'POSITIVE',
            });
          else if (pick < 8)
            events.push({
              on: day,
              kind: 'ASSIGNED',
              managerId: next(4) === 0 ? null : 1 + next(3),
            });
          else
            events.push({
              on: day,
              kind: 'RANKED',
              tier: next(5) === 0 ? null : VALUE_TIERS[next(4)],
            });
        }
        if (client % 50 === 0)
          events.push({
            on: '2026-07-01',
            kind: 'SETTINGS',
            settings: { ...DEFAULT_CONTACT_CYCLE_SETTINGS, graceDays: 7 },
          });
        timelines.set(client, cycleTimeline(events, DEFAULT_CONTACT_CYCLE_SETTINGS));
      }
      for (const [client, entries] of timelines)
        for (const entry of entries)
          await fixture.dataSource.query(
            `INSERT INTO client_cycle_log (client_id, valid_on, manager_id, due_on) VALUES ($1, $2, $3, $4)`,
            [1_000_000 + client, entry.on, entry.managerId, entry.dueOn],
          );
      for (const [from, to] of [
        ['2026-01-01', '2026-12-31'],
        ['2026-04-01', '2026-06-30'],
        ['2026-08-15', '2026-08-15'],
        ['2025-12-01', '2026-02-10'],
      ]) {
        const expected = new Map<number, { coreDays: number; withinDays: number }>();
        for (const entries of timelines.values())
          for (const [managerId, days] of coverageDays(entries, from, to)) {
            const sum = expected.get(managerId) ?? { coreDays: 0, withinDays: 0 };
            expected.set(managerId, {
              coreDays: sum.coreDays + days.coreDays,
              withinDays: sum.withinDays + days.withinDays,
            });
          }
        const figures = await coverageFigures(fixture.dataSource.manager, from, to, null);
        expect(
          Object.fromEntries(
            figures.map((row) => [
              row.managerId,
              { coreDays: row.coreDays, withinDays: row.withinDays },
            ]),
          ),
        ).toEqual(Object.fromEntries(expected));
      }
      expect(todayIn(BANK_TIME_ZONE)).toBeTruthy();
    } finally {
      await fixture.close();
    }
  });
});
