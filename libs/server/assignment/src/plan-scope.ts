import { conflict } from '@corebook/server/common';
import { latestCompletedRun } from '@corebook/server/ranking-reader';
import type { EntityManager } from 'typeorm';

/** The newest completed ranking run, which plans are made from; CONFLICT before the first. */
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
