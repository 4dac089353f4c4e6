import type { LifecycleStage, ValueTier } from '@corebook/domain';

/** What a client list may ask of each client's latest ranking and of its early warnings. */
export interface ClientRankingFilter {
  tier?: ValueTier | null;
  core?: boolean | null;
  lifecycleStage?: LifecycleStage | null;
  openEarlyWarning?: boolean | null;
}

/**
 * How a condition reaches the client's rows elsewhere. PROBE looks up each client's row
 * by its key: right where the list holds few clients (an RM's book, a branch), where the
 * planner's default costs would hash a whole 2 M-row ranking instead (13x slower on a
 * branch of 19,000 clients; docs/decisions.md, "A book or a branch is probed client by
 * client"). JOIN leaves the planner free to hash: right for the whole bank.
 */
export type ClientLookup = 'PROBE' | 'JOIN';

/**
 * SQL conditions on `alias` (a clients row) for the segment filters that are set, as of
 * ranking run `runId` (the latest completed one; null before the first, when no client has
 * a tier or a stage and none is core, as the Client fields say). Values go onto `params`
 * and are referred to positionally.
 */
export function clientRankingConditions(
  filter: ClientRankingFilter,
  alias: string,
  runId: number | null,
  params: unknown[],
  lookup: ClientLookup,
): string[] {
  const conditions: string[] = [];
  const ranked = rankingCondition(filter, alias, runId, params, lookup);
  if (ranked) conditions.push(ranked);
  if (filter.openEarlyWarning !== undefined && filter.openEarlyWarning !== null) {
    // Open warnings are few (core clients entering decline): the planner hashes or probes
    // them well either way.
    const open = `EXISTS (SELECT 1 FROM early_warnings w WHERE w.client_id = ${alias}.id AND w.acknowledged_at IS NULL)`;
    conditions.push(filter.openEarlyWarning ? open : `NOT ${open}`);
  }
  return conditions;
}

function rankingCondition(
  filter: ClientRankingFilter,
  alias: string,
  runId: number | null,
  params: unknown[],
  lookup: ClientLookup,
): string | null {
  const core = filter.core ?? null;
  if (!filter.tier && !filter.lifecycleStage && core === null) return null;
  // A client the run did not rank (every client before the first run, or one opened since)
  // has no tier and no stage, and is not core.
  const unrankedMatches = !filter.tier && !filter.lifecycleStage && core === false;
  if (runId === null) return unrankedMatches ? 'TRUE' : 'FALSE';
  params.push(runId);
  const row = `client_rankings r WHERE r.run_id = $${params.length} AND r.client_id = ${alias}.id`;
  if (unrankedMatches)
    return lookup === 'PROBE'
      ? `NOT COALESCE((SELECT r.core FROM ${row}), false)`
      : `NOT EXISTS (SELECT 1 FROM ${row} AND r.core)`;
  const tests: string[] = [];
  const test = (column: string, value: unknown) => {
    params.push(value);
    tests.push(`r.${column} = $${params.length}`);
  };
  if (filter.tier) test('tier', filter.tier);
  if (filter.lifecycleStage) test('lifecycle_stage', filter.lifecycleStage);
  if (core !== null) test('core', core);
  return lookup === 'PROBE'
    ? `COALESCE((SELECT ${tests.join(' AND ')} FROM ${row}), false)`
    : `EXISTS (SELECT 1 FROM ${row} AND ${tests.join(' AND ')})`;
}
