import type { LifecycleStage, ValueTier } from '@corebook/domain';
import type { EntityManager } from 'typeorm';

/**
 * What other areas read of the rankings (docs/domain.md rules 1 and 3): the latest completed
 * run, whether a client is core in a run, how many core clients each RM serves, and a run's
 * figures for the clients a plan covers. Functions over an EntityManager, so they read inside
 * the caller's transaction. SQL over the ranking tables lives only here and in the ranking
 * lib; this lib sits below both the clients and the ranking areas, so the client list can
 * filter by segment (client-ranking.conditions.ts) without the clients area depending on
 * the ranking area, which builds on it.
 */

/** The newest completed ranking run; null before the first. */
export async function latestCompletedRun(manager: EntityManager): Promise<number | null> {
  const [run] = await manager.query<{ id: number }[]>(
    `SELECT id FROM ranking_runs WHERE status = 'COMPLETED' ORDER BY id DESC LIMIT 1`,
  );
  return run?.id ?? null;
}

/**
 * Whether a run completed after `runId` that re-ranked any of `branchIds` (a bank-wide run
 * re-ranks them all; null: any branch), so what was made from `runId` for those branches is
 * out of date.
 */
export async function completedRunAfter(
  manager: EntityManager,
  runId: number,
  branchIds: readonly number[] | null,
): Promise<boolean> {
  const [run] = await manager.query<unknown[]>(
    `SELECT 1 FROM ranking_runs WHERE status = 'COMPLETED' AND id > $1
       AND ($2::int[] IS NULL OR branch_id IS NULL OR branch_id = ANY($2::int[])) LIMIT 1`,
    [runId, branchIds],
  );
  return run !== undefined;
}

export async function isCoreIn(
  manager: EntityManager,
  runId: number,
  clientId: string,
): Promise<boolean> {
  const [row] = await manager.query<{ core: boolean }[]>(
    'SELECT core FROM client_rankings WHERE run_id = $1 AND client_id = $2',
    [runId, clientId],
  );
  return row?.core === true;
}

/** How many of run `runId`'s core clients each RM's book holds now (absent: none). */
export async function coreClientsHeldBy(
  manager: EntityManager,
  runId: number,
  managerIds: readonly number[],
): Promise<Map<number, number>> {
  const rows = await manager.query<{ managerId: number; count: number }[]>(
    `SELECT b.manager_id AS "managerId", count(*)::int AS count FROM current_assignments b
     JOIN client_rankings r ON r.run_id = $1 AND r.client_id = b.client_id AND r.core
     WHERE b.manager_id = ANY($2::int[])
     GROUP BY b.manager_id`,
    [runId, managerIds],
  );
  return new Map(rows.map((row) => [row.managerId, row.count]));
}

/** A client a plan covers: core in the run, or served by an RM now (who may have to let go). */
export interface PlanClientRow {
  id: string;
  branchId: number;
  currentManagerId: number | null;
  core: boolean;
  tier: ValueTier | null;
  valueFen: string;
}

/**
 * The clients a plan over run `runId` covers, in the branches `branchCondition` allows
 * (an SQL condition on `c.branch_id`, its values already in `params` after $1).
 */
export function planClientsOf(
  manager: EntityManager,
  runId: number,
  branchCondition: (params: unknown[]) => string,
): Promise<PlanClientRow[]> {
  const params: unknown[] = [runId];
  const branches = branchCondition(params);
  return manager.query<PlanClientRow[]>(
    `SELECT c.id::text AS id, c.branch_id AS "branchId", b.manager_id AS "currentManagerId",
            COALESCE(r.core, false) AS core, r.tier,
            COALESCE(round(r.value * 100), 0)::bigint::text AS "valueFen"
     FROM clients c
     LEFT JOIN client_rankings r ON r.run_id = $1 AND r.client_id = c.id
     LEFT JOIN current_assignments b ON b.client_id = c.id
     WHERE (r.core OR b.manager_id IS NOT NULL) AND ${branches}`,
    params,
  );
}

/** A client's standing in a run: what a client list shows of its latest ranking. */
export interface ClientStanding {
  tier: ValueTier;
  core: boolean;
  lifecycleStage: LifecycleStage;
}

/** Each of `clientIds`' standing in run `runId` (absent: not ranked in it). */
export async function standingsIn(
  manager: EntityManager,
  runId: number,
  clientIds: readonly string[],
): Promise<Map<string, ClientStanding>> {
  const rows = await manager.query<(ClientStanding & { clientId: string })[]>(
    `SELECT client_id::text AS "clientId", tier, core, lifecycle_stage AS "lifecycleStage"
     FROM client_rankings WHERE run_id = $1 AND client_id = ANY($2::bigint[])`,
    [runId, clientIds],
  );
  return new Map(rows.map(({ clientId, ...standing }) => [clientId, standing]));
}
