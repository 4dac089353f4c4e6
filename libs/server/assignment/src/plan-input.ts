import type { AssignmentSettings, SolverClient, SolverManager } from '@corebook/domain';
import { planClientsOf } from '@corebook/server/ranking-reader';
import type { EntityManager } from 'typeorm';
import type { IneligibleReasonValue } from './assignment.types';
import type { EligibilityService, ManagerPosting } from './eligibility.service';
import { branchCondition } from './plan-scope';

/** Everything a plan is made from, read in one snapshot. */
export interface PlanInput {
  /** Each branch's assignment_version: a change since makes the plan stale. */
  branchVersions: Record<string, number>;
  clients: SolverClient[];
  /** Ranking tier per client id, for the plan items. */
  tiers: Map<string, string | null>;
  managers: PlannedManager[];
}

export interface PlannedManager extends SolverManager {
  version: number;
  ineligibleReason: IneligibleReasonValue | null;
}

interface ManagerRow extends ManagerPosting {
  branchId: number;
  capacity: number;
  version: number;
}

/**
 * Reads the plan's input: the run's core clients in scope, every client in scope that
 * has an RM now (non-core ones get released), and the RMs who may be involved: the scope's
 * RMs still employed, plus anyone holding a client in scope (the solver must know them
 * to keep or move those clients). Call it inside a REPEATABLE READ transaction.
 */
export async function readPlanInput(
  manager: EntityManager,
  runId: number,
  branchIds: readonly number[] | null,
  settings: AssignmentSettings,
  eligibility: EligibilityService,
): Promise<PlanInput> {
  const branchVersions = await readBranchVersions(manager, branchIds);
  const rows = await planClientsOf(manager, runId, (params) =>
    branchCondition('c.branch_id', branchIds, params),
  );
  const tiers = new Map<string, string | null>();
  const clients = rows.map((row): SolverClient => {
    tiers.set(row.id, row.tier);
    return {
      id: row.id,
      branchId: row.branchId,
      core: row.core,
      // Released (non-core) clients need a workload too; it only weighs the book before.
      workload: row.tier ? settings.workloadByTier[row.tier] : 1,
      valueFen: Number(row.valueFen),
      currentManagerId: row.currentManagerId,
    };
  });
  const holders = [...new Set(rows.map((row) => row.currentManagerId))].filter(
    (id): id is number => id !== null,
  );
  const managerRows = await readManagers(manager, branchIds, holders);
  const reasons = await eligibility.reasons(managerRows, settings);
  const managers = managerRows.map((row): PlannedManager => ({
    id: row.id,
    branchId: row.branchId,
    capacity: row.capacity,
    version: row.version,
    eligible: reasons.get(row.id) === null,
    ineligibleReason: reasons.get(row.id) ?? null,
  }));
  return { branchVersions, clients, tiers, managers };
}

async function readBranchVersions(
  manager: EntityManager,
  branchIds: readonly number[] | null,
): Promise<Record<string, number>> {
  const params: unknown[] = [];
  const rows = await manager.query<{ id: number; version: number }[]>(
    `SELECT b.id, b.assignment_version AS version FROM branches b WHERE ${branchCondition('b.id', branchIds, params)}`,
    params,
  );
  return Object.fromEntries(rows.map((row) => [String(row.id), row.version]));
}

function readManagers(
  manager: EntityManager,
  branchIds: readonly number[] | null,
  holders: readonly number[],
): Promise<ManagerRow[]> {
  const params: unknown[] = [holders];
  return manager.query<ManagerRow[]>(
    `SELECT m.id, m.branch_id AS "branchId", m.status, m.core_capacity AS capacity, m.version
     FROM relationship_managers m
     WHERE (m.status <> 'LEFT' AND ${branchCondition('m.branch_id', branchIds, params)})
        OR m.id = ANY($1::int[])
     ORDER BY m.id`,
    params,
  );
}
