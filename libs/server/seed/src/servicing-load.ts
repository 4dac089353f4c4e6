import {
  DEFAULT_CONTACT_CYCLE_SETTINGS,
  DEFAULT_RANKING_SETTINGS,
  type ContactCycleSettings,
  type RankingSettings,
  type ValueTier,
} from '@corebook/domain';
import { BANK_TIME_ZONE } from '@corebook/server/common';
import type { Client } from 'pg';
import { copyIn, dropDeferrable, truncateForFreeze } from './bulk-load';
import { parseIsoDay } from './calendar';
import { serviceHabit } from './service-habits';
import { ContactHistories, type ServicedClient, type ServicingManager } from './servicing';

export const SERVICING_TABLES = ['contacts', 'client_cycles', 'client_cycle_log'];

const COPY_SQL = {
  contacts:
    'COPY contacts (id, client_id, author_id, manager_id, status, type, purpose, occurred_at, occurred_on, logged_on, planned_on, outcome, notes, next_step, follows_id, created_at, updated_at) FROM STDIN',
  cycles:
    'COPY client_cycles (client_id, manager_id, tier, core_since, assigned_on, last_contact_on, planned_on, due_on) FROM STDIN',
  log: 'COPY client_cycle_log (client_id, id, valid_on, manager_id, due_on) FROM STDIN',
};

export interface ServicingCounts {
  contacts: number;
  plannedContacts: number;
  /** Clients with a cycle row: every core client, and other clients once contacted. */
  clientCycles: number;
  cycleLog: number;
}

const BATCH = 2_000;

/**
 * Loads the contact history of a bank that has none, in the caller's transaction: each
 * client's tier from the latest completed ranking run, or, before the first run, as that run
 * will rank it (the ranking settings over the clients' 12-month figures), then the contacts,
 * cycle rows and log (servicing.ts) by COPY. `today` is the bank's date the history runs up to.
 */
export async function loadServicing(
  client: Client,
  seed: number,
  today: string,
  progress: (done: number, total: number) => void,
): Promise<ServicingCounts> {
  const settings = await cycleSettings(client);
  await tierTable(client);
  const managers = await servicingManagers(client, seed);
  const { rows } = await client.query<
    [number, number | null, ValueTier | null, number | null, number]
  >({
    text: `SELECT c.id::int, a.manager_id, t.tier,
                  (a.started_at AT TIME ZONE $1)::date - DATE '1970-01-01', c.opened_on - DATE '1970-01-01'
           FROM clients c
           LEFT JOIN seed_tiers t ON t.client_id = c.id
           LEFT JOIN current_assignments a ON a.client_id = c.id
           WHERE t.client_id IS NOT NULL OR a.manager_id IS NOT NULL
           ORDER BY c.id`,
    values: [BANK_TIME_ZONE],
    rowMode: 'array',
  });
  const clients: ServicedClient[] = rows.map(([id, managerId, tier, assignedDay, openedDay]) => ({
    id,
    managerId: managerId ?? 0,
    tier,
    assignedDay: assignedDay ?? -1,
    openedDay,
  }));

  const freeze = await truncateForFreeze(client, SERVICING_TABLES);
  const deferred = await dropDeferrable(client, SERVICING_TABLES);
  const withFreeze = (sql: string) => (freeze ? `${sql} WITH (FREEZE)` : sql);
  // Contact times are written as the bank's wall-clock times.
  const [{ zone }] = (
    await client.query<{ zone: string }>(`SELECT current_setting('TimeZone') AS zone`)
  ).rows;
  await client.query(`SELECT set_config('TimeZone', $1, true)`, [BANK_TIME_ZONE]);

  const histories = new ContactHistories(seed, parseIsoDay(today), settings);
  const cycleChunks: Buffer[] = [];
  const logChunks: Buffer[] = [];
  function* contactRows(): Generator<Buffer> {
    for (let start = 0; start < clients.length; start += BATCH) {
      const stop = Math.min(clients.length, start + BATCH);
      for (let k = start; k < stop; k++)
        histories.add(clients[k], managers.get(clients[k].managerId));
      cycleChunks.push(histories.cycles.take());
      logChunks.push(histories.log.take());
      yield histories.contacts.take();
      progress(stop, clients.length);
    }
  }
  await copyIn(client, withFreeze(COPY_SQL.contacts), contactRows());
  await copyIn(client, withFreeze(COPY_SQL.cycles), cycleChunks);
  await copyIn(client, withFreeze(COPY_SQL.log), logChunks);
  await client.query(`SELECT set_config('TimeZone', $1, true)`, [zone]);

  for (const item of deferred) await client.query(item.create);
  for (const table of ['contacts', 'client_cycle_log'])
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), greatest(1, (SELECT max(id) FROM ${table})))`,
      [table],
    );
  await client.query(`DROP TABLE seed_tiers`);
  return {
    contacts: histories.counts.contacts,
    plannedContacts: histories.counts.planned,
    clientCycles: histories.counts.cycles,
    cycleLog: histories.counts.log,
  };
}

/** The contact-cycle settings in force (the migration's first version on a new bank). */
async function cycleSettings(client: Client): Promise<ContactCycleSettings> {
  const { rows } = await client.query<{ value: ContactCycleSettings }>(
    `SELECT value FROM contact_cycle_versions ORDER BY version DESC LIMIT 1`,
  );
  return rows[0]?.value ?? DEFAULT_CONTACT_CYCLE_SETTINGS;
}

/**
 * seed_tiers: each core client's tier. From the latest completed run when there is one;
 * otherwise ranked as runCoreRanking ranks (value = weights x the 12-month contribution and
 * AUM the clients table holds, which the seed made from the same facts; top corePercent of
 * the scope core, tiers by the top percentages), so the bank's first run agrees.
 */
async function tierTable(client: Client): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE seed_tiers (client_id bigint PRIMARY KEY, tier text NOT NULL) ON COMMIT DROP`,
  );
  const { rows: runs } = await client.query<{ id: number }>(
    `SELECT id FROM ranking_runs WHERE status = 'COMPLETED' ORDER BY id DESC LIMIT 1`,
  );
  if (runs.length > 0) {
    await client.query(
      `INSERT INTO seed_tiers SELECT client_id, tier FROM client_rankings WHERE run_id = $1 AND core`,
      [runs[0].id],
    );
    return;
  }
  const { rows } = await client.query<{ value: RankingSettings }>(
    `SELECT value FROM settings WHERE key = 'ranking'`,
  );
  const rules = rows[0]?.value ?? DEFAULT_RANKING_SETTINGS;
  const scope = rules.scope === 'BRANCH' ? 'branch_id' : '0';
  await client.query(
    `INSERT INTO seed_tiers
     WITH valued AS (
       SELECT id, ${scope} AS scope_key,
              (round($1::numeric * contribution_12m + $2::numeric * aum, 2) * 100)::bigint AS value_fen
       FROM clients
     ), ranked AS (
       SELECT id, scope_key, row_number() OVER (PARTITION BY scope_key ORDER BY value_fen DESC, id) AS rank
       FROM valued
     ), cutoffs AS (
       SELECT scope_key, ceil(count(*) * $3::numeric / 100)::bigint AS core_cut,
              ceil(count(*) * $4::numeric / 100)::bigint AS platinum_cut,
              ceil(count(*) * $5::numeric / 100)::bigint AS gold_cut,
              ceil(count(*) * $6::numeric / 100)::bigint AS silver_cut
       FROM valued GROUP BY scope_key
     )
     SELECT r.id, CASE WHEN r.rank <= c.platinum_cut THEN 'PLATINUM' WHEN r.rank <= c.gold_cut THEN 'GOLD'
                       WHEN r.rank <= c.silver_cut THEN 'SILVER' ELSE 'BRONZE' END
     FROM ranked r JOIN cutoffs c ON c.scope_key = r.scope_key
     WHERE r.rank <= c.core_cut
     ORDER BY r.id`,
    [
      String(rules.contributionWeight),
      String(rules.aumWeight),
      String(rules.corePercent),
      String(rules.platinumPercent),
      String(rules.goldPercent),
      String(rules.silverPercent),
    ],
  );
  await client.query(`ANALYZE seed_tiers`);
}

/** Every RM with a sign-in: who writes their contacts, since when, in which language, how often. */
async function servicingManagers(
  client: Client,
  seed: number,
): Promise<Map<number, ServicingManager>> {
  const { rows } = await client.query<{
    id: number;
    userId: number;
    hireDay: number;
    locale: string;
    username: string;
  }>(
    `SELECT m.id, u.id AS "userId", coalesce(m.hire_date, DATE '1970-01-01') - DATE '1970-01-01' AS "hireDay", u.locale, u.username
     FROM relationship_managers m JOIN users u ON u.relationship_manager_id = m.id ORDER BY m.id`,
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        userId: row.userId,
        hireDay: row.hireDay,
        chinese: row.locale === 'zh-CN' ? 0.95 : 0.6,
        habit: serviceHabit(seed, row.id, row.username),
      },
    ]),
  );
}
