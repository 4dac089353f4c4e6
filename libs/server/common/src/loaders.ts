import DataLoader from 'dataloader';
import type { RequestContext } from './request-context';

/**
 * A per-request DataLoader, created on first use, so field resolvers batch their reads
 * (one query per page instead of one per row) and never share a cache across callers.
 */
export function loaderFor<K, V>(
  ctx: RequestContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  const existing = ctx.loaders.get(name);
  if (existing) return existing as DataLoader<K, V>;
  const created = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
  ctx.loaders.set(name, created);
  return created;
}

/** Orders rows to match loader keys; a missing row becomes null. */
export function byKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? null);
}
