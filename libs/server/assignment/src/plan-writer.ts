import { fromFen, type AssignmentPlanResult, type PlanItem } from '@corebook/domain';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import type { StoredStatistics } from './assignment.types';
import type { PlanInput } from './plan-input';

/** Yuan text of a whole number of fen (the solver's figures are JS numbers). */
const yuan = (fen: number) => fromFen(BigInt(Math.round(fen)));

const LINES_PER_CHUNK = 5_000;

/**
 * Writes the items with COPY: a bank-wide plan holds about 450,000 of them, and COPY
 * writes them in well under a second where row inserts would take many.
 */
export async function copyPlanItems(
  client: PoolClient,
  planId: number,
  items: readonly PlanItem[],
  tiers: ReadonlyMap<string, string | null>,
): Promise<void> {
  await pipeline(
    Readable.from(itemChunks(planId, items, tiers), { highWaterMark: 4 }),
    client.query(
      copyFrom(
        `COPY assignment_plan_items (plan_id, client_id, branch_id, action, reason, from_manager_id, to_manager_id, tier, workload, value) FROM STDIN`,
      ),
    ),
  );
}

/** COPY text lines; every value is a number or a code, so nothing needs escaping. */
function* itemChunks(
  planId: number,
  items: readonly PlanItem[],
  tiers: ReadonlyMap<string, string | null>,
): Generator<string> {
  const orNull = (value: number | string | null | undefined) =>
    value === null || value === undefined ? '\\N' : String(value);
  let lines: string[] = [];
  for (const item of items) {
    lines.push(
      `${planId}\t${item.clientId}\t${item.branchId}\t${item.action}\t${item.reason}\t${orNull(item.fromManagerId)}\t${orNull(item.toManagerId)}\t${orNull(tiers.get(item.clientId))}\t${item.workload}\t${yuan(item.valueFen)}\n`,
    );
    if (lines.length === LINES_PER_CHUNK) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
}

/** Each RM's book before and after, with the version and eligibility the plan relied on. */
export async function insertPlanManagers(
  manager: EntityManager,
  planId: number,
  result: AssignmentPlanResult,
  input: PlanInput,
): Promise<void> {
  if (result.managers.length === 0) return;
  const planned = new Map(input.managers.map((m) => [m.id, m]));
  const loads = result.managers;
  await manager.query(
    `INSERT INTO assignment_plan_managers
       (plan_id, manager_id, branch_id, manager_version, capacity, eligible, ineligible_reason,
        clients_before, workload_before, value_before, clients_after, workload_after, value_after)
     SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::bool[], $7::text[],
                              $8::int[], $9::int[], $10::numeric[], $11::int[], $12::int[], $13::numeric[])`,
    [
      planId,
      loads.map((load) => load.managerId),
      loads.map((load) => load.branchId),
      loads.map((load) => planned.get(load.managerId)?.version ?? 0),
      loads.map((load) => load.capacity),
      loads.map((load) => load.eligible),
      loads.map((load) => planned.get(load.managerId)?.ineligibleReason ?? null),
      loads.map((load) => load.clientsBefore),
      loads.map((load) => load.workloadBefore),
      loads.map((load) => yuan(load.valueFenBefore)),
      loads.map((load) => load.clientsAfter),
      loads.map((load) => load.workloadAfter),
      loads.map((load) => yuan(load.valueFenAfter)),
    ],
  );
}

/**
 * The solver's totals with its timing, and the balance of the planned branches (an RM of
 * another branch who held a client here appears in the solver's output as a branch of its own).
 */
export function storedStatistics(
  result: AssignmentPlanResult,
  input: PlanInput,
  solverMs: number,
): StoredStatistics {
  const branches = result.branches.filter(
    (branch) => String(branch.branchId) in input.branchVersions,
  );
  return { ...result.statistics, solverMs, branches };
}
