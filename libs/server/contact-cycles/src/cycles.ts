import type { ContactCycleSettings } from '@corebook/domain';
import { BANK_TIME_ZONE, bankToday } from '@corebook/server/common';
import { queryPrepared } from '@corebook/server/database';
import type { EntityManager } from 'typeorm';

/**
 * Each client's contact cycle (docs/domain.md rule 6), kept current in the transaction of
 * whatever changes it: a contact written, a ranking run that changed the client's tier or
 * core flag, an assignment change (plan apply, manual move), new cycle settings. Functions
 * over an EntityManager, so they write inside the caller's transaction; the ranking and
 * assignment areas call them, the servicing area reads what they keep.
 *
 * One SQL statement computes the state and the due date for a set of clients: the rule is
 * `nextDueOn` in libs/domain, and test/api-e2e/src/contact-cycles-check.spec.ts replays the
 * demo bank through `cycleTimeline` and checks every client's log against it.
 */

export interface CycleSettingsVersion {
  settings: ContactCycleSettings;
  version: number;
  effectiveOn: string;
}

/** The contact-cycle settings in force (the newest version). */
export async function cycleSettingsInForce(manager: EntityManager): Promise<CycleSettingsVersion> {
  const [row] = await manager.query<CycleSettingsVersion[]>(
    `SELECT value AS settings, version, to_char(effective_on, 'YYYY-MM-DD') AS "effectiveOn"
     FROM contact_cycle_versions ORDER BY version DESC LIMIT 1`,
  );
  return row;
}

/** What a contact write brings its client's cycle up to date with. */
export interface CycleInputs {
  settings: ContactCycleSettings;
  /** The latest completed ranking run (null before the first). */
  runId: number | null;
}

/**
 * CycleInputs as one row, for a statement to read beside its own work: the settings in
 * force and the latest completed run (the rule of latestCompletedRun, ranking-reader).
 */
export const CYCLE_INPUTS_SQL = `SELECT v.value AS settings,
    (SELECT r.id FROM ranking_runs r WHERE r.status = 'COMPLETED' ORDER BY r.id DESC LIMIT 1) AS "runId"
  FROM contact_cycle_versions v ORDER BY v.version DESC LIMIT 1`;

/** CycleInputs in one read (prepared: every contact write asks). */
export async function cycleInputs(manager: EntityManager): Promise<CycleInputs> {
  const [inputs] = await queryPrepared<CycleInputs>(manager, 'cycle-inputs', CYCLE_INPUTS_SQL, []);
  return inputs;
}

/** Which clients to bring up to date. */
export type CycleTargets =
  /** These clients (a contact written, a manual move). */
  | { kind: 'clients'; clientIds: readonly string[] }
  /** The clients a plan moved. */
  | { kind: 'plan'; planId: number }
  /** The clients whose core flag or tier run `runId` changed. */
  | { kind: 'run'; runId: number }
  /** Every client with a cycle row (new settings): their last contacts are counted again. */
  | { kind: 'all' };

/** The statements by their targets: one client (a contact written) has its own. */
type Statement = CycleTargets['kind'] | 'client';

const TARGETS: Record<Statement, string> = {
  client: `SELECT $5::bigint AS client_id`,
  clients: `SELECT DISTINCT unnest($5::bigint[]) AS client_id`,
  plan: `SELECT i.client_id FROM assignment_plan_items i
         WHERE i.plan_id = $5 AND i.to_manager_id IS DISTINCT FROM i.from_manager_id`,
  // Entered the core or changed tier, then left it. The run's core rows are probed by the
  // partition's primary key; clients with a tier are the few hundred thousand core ones.
  run: `SELECT r.client_id FROM client_rankings r LEFT JOIN client_cycles s ON s.client_id = r.client_id
        WHERE r.run_id = $5 AND r.core AND s.tier IS DISTINCT FROM r.tier
        UNION ALL
        SELECT s.client_id FROM client_cycles s
        WHERE s.tier IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM client_rankings r WHERE r.run_id = $5 AND r.client_id = s.client_id AND r.core)`,
  all: `SELECT client_id FROM client_cycles WHERE $5::text IS NULL`,
};

// The targets' standing in run $2. A contact's client probes it by key, capped at the one row
// the key allows: joined, a generic plan estimates thousands of rows of the partitioned table
// and is never chosen over planning each call anew.
const RANKING_PROBE = `LEFT JOIN LATERAL (SELECT r.core, r.tier FROM client_rankings r
         WHERE r.run_id = $2 AND r.client_id = t.client_id LIMIT 1) r ON TRUE`;
const RANKING_JOIN = `LEFT JOIN client_rankings r ON r.run_id = $2 AND r.client_id = t.client_id`;

/**
 * Brings the targets' cycles up to date as of today (the bank's date) from their current RM
 * (`current_assignments`), their standing in ranking run `runId` (null: no run yet, nobody is
 * core) and their contacts, and adds a `client_cycle_log` row for each client whose RM or
 * due date changed. Returns how many clients' rows were written.
 */
export async function refreshCycles(
  manager: EntityManager,
  targets: CycleTargets,
  runId: number | null,
  settings: ContactCycleSettings,
): Promise<number> {
  const one = targets.kind === 'clients' && targets.clientIds.length === 1;
  const statement: Statement = one ? 'client' : targets.kind;
  const target =
    targets.kind === 'clients'
      ? one
        ? targets.clientIds[0]
        : targets.clientIds
      : targets.kind === 'plan'
        ? targets.planId
        : targets.kind === 'run'
          ? targets.runId
          : null;
  // Contacts are counted again for clients new to the table, after a contact was written,
  // and under new settings; otherwise the kept figures stand.
  const recount = targets.kind === 'clients' || targets.kind === 'all';
  const params = [
    bankToday(),
    runId,
    JSON.stringify(settings.cycleDays),
    settings.graceDays,
    target,
    BANK_TIME_ZONE,
    settings.countingTypes,
    recount,
  ];
  const sql = `WITH t AS (${TARGETS[statement]}),
     state AS (
       SELECT t.client_id, s.client_id IS NOT NULL AS kept, s.manager_id AS was_manager, s.due_on AS was_due,
              a.manager_id,
              CASE WHEN r.core THEN r.tier END AS tier,
              CASE WHEN NOT coalesce(r.core, false) THEN NULL
                   WHEN s.tier IS NOT NULL THEN s.core_since ELSE $1::date END AS core_since,
              (a.started_at AT TIME ZONE $6)::date AS assigned_on,
              CASE WHEN s.client_id IS NOT NULL AND NOT $8 THEN s.last_contact_on
                   ELSE (SELECT max(k.occurred_on) FROM contacts k
                         WHERE k.client_id = t.client_id AND k.status = 'DONE'
                           AND k.outcome <> 'NOT_REACHED' AND k.type = ANY($7::text[])) END AS last_contact_on,
              CASE WHEN s.client_id IS NOT NULL AND NOT $8 THEN s.planned_on
                   ELSE (SELECT min(k.planned_on) FROM contacts k
                         WHERE k.client_id = t.client_id AND k.status = 'PLANNED') END AS planned_on
       FROM t
       LEFT JOIN client_cycles s ON s.client_id = t.client_id
       LEFT JOIN current_assignments a ON a.client_id = t.client_id
       ${one ? RANKING_PROBE : RANKING_JOIN}
     ),
     next AS (
       SELECT state.*,
              CASE WHEN manager_id IS NULL OR tier IS NULL THEN NULL
                   WHEN last_contact_on >= GREATEST(assigned_on, core_since)
                     THEN last_contact_on + ($3::jsonb ->> tier)::int
                   ELSE GREATEST(GREATEST(assigned_on, core_since) + $4::int,
                                 last_contact_on + ($3::jsonb ->> tier)::int) END AS due_on
       FROM state
     ),
     written AS (
       INSERT INTO client_cycles AS c (client_id, manager_id, tier, core_since, assigned_on, last_contact_on, planned_on, due_on)
       SELECT client_id, manager_id, tier, core_since, assigned_on, last_contact_on, planned_on, due_on FROM next
       ON CONFLICT (client_id) DO UPDATE SET manager_id = EXCLUDED.manager_id, tier = EXCLUDED.tier,
         core_since = EXCLUDED.core_since, assigned_on = EXCLUDED.assigned_on,
         last_contact_on = EXCLUDED.last_contact_on, planned_on = EXCLUDED.planned_on,
         due_on = EXCLUDED.due_on, updated_at = now()
       RETURNING 1
     ),
     logged AS (
       INSERT INTO client_cycle_log (client_id, valid_on, manager_id, due_on)
       SELECT client_id, $1::date, manager_id, due_on FROM next
       WHERE CASE WHEN kept THEN (manager_id, due_on) IS DISTINCT FROM (was_manager, was_due)
                  ELSE manager_id IS NOT NULL OR due_on IS NOT NULL END
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM written)::int AS written`;
  // A contact's client: prepared, so planned once per connection rather than per contact (the
  // plan costs more than the work). Runs, plans and sets of clients: planned for their values.
  const [{ written }] = one
    ? await queryPrepared<{ written: number }>(manager, 'refresh-client-cycle', sql, params)
    : await manager.query<{ written: number }[]>(sql, params);
  return written;
}
