import type { Actor } from '@corebook/domain';
import { conflict, forbidden } from '@corebook/server/common';
import type { EntityManager } from 'typeorm';

/**
 * Who may plan, read, apply or discard which plans: a branch head their own branch's,
 * admin any branch's and the whole bank's (branchId null). The role itself
 * (assignment.manage) is checked first by the caller, through the access gate.
 */
export function requirePlanScope(actor: Actor, branchId: number | null): void {
  if (actor.role === 'ADMIN') return;
  if (branchId === null) throw forbidden('Only an admin plans the whole bank');
  if (actor.role !== 'BRANCH_HEAD' || actor.branchId !== branchId)
    throw forbidden('You can only work with the plans of your own branch');
}

/** The newest completed ranking run: plans are made from its core set and tiers. */
export async function latestCompletedRun(manager: EntityManager): Promise<number | null> {
  const [run] = await manager.query<{ id: number }[]>(
    `SELECT id FROM ranking_runs WHERE status = 'COMPLETED' ORDER BY id DESC LIMIT 1`,
  );
  return run?.id ?? null;
}

export async function requireCompletedRun(manager: EntityManager): Promise<number> {
  const runId = await latestCompletedRun(manager);
  if (runId === null)
    throw conflict('There is no completed ranking run yet; run ranking first', {
      reason: 'NO_RANKING_RUN',
    });
  return runId;
}

/** SQL for "column is in the plan's branches": every branch when the scope is the bank. */
export function branchCondition(
  column: string,
  branchIds: readonly number[] | null,
  params: unknown[],
): string {
  if (branchIds === null) return 'TRUE';
  params.push(branchIds);
  return `${column} = ANY($${params.length}::int[])`;
}

/** Yuan text for an amount in integer fen (exact for any safe integer). */
export function yuanOfFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
