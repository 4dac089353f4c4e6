import { conflict } from '@corebook/server/common';
import type { EntityManager } from 'typeorm';

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
