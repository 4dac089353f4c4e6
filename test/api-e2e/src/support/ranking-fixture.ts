import { Client } from 'pg';

export interface RankedClient {
  core: boolean;
  tier: 'PLATINUM' | 'GOLD' | 'SILVER' | 'BRONZE';
  /** Value in yuan, e.g. '120000.50'. */
  value: string;
}

/**
 * A completed ranking run with the given clients' results, written straight to the tables:
 * a ranking run is data, and assignment specs need exact, known core sets and tiers.
 * Returns the run id.
 */
export async function rankFixture(
  url: string,
  clients: Record<string, RankedClient>,
): Promise<number> {
  return withDb(url, async (db) => {
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO ranking_runs (effective_on, status, progress, settings, finished_at)
       VALUES (current_date, 'COMPLETED', 100, '{}'::jsonb, now()) RETURNING id`,
    );
    const runId = rows[0].id;
    // client_rankings keeps one partition per run (as a ranking run attaches it).
    await db.query(
      `CREATE TABLE client_rankings_run_${runId} PARTITION OF client_rankings FOR VALUES IN (${runId})`,
    );
    const ranked = Object.entries(clients).sort(
      ([, a], [, b]) => Number(b.value) - Number(a.value),
    );
    await db.query(
      `INSERT INTO client_rankings (run_id, client_id, branch_id, contribution_12m, aum, value, value_rank,
         scope_size, branch_rank, core, tier, recency_score, frequency_score, monetary_score, growth_percent,
         product_gaps, lifecycle_stage, matrix_cell)
       SELECT $1, r.client_id, c.branch_id, r.value, 0, r.value, r.rank, $2,
              rank() OVER (PARTITION BY c.branch_id ORDER BY r.value DESC), r.core, r.tier, 3, 3, 3, NULL, 2, 'STABLE', 'MAINTAIN'
       FROM unnest($3::bigint[], $4::numeric[], $5::int[], $6::bool[], $7::text[])
              AS r(client_id, value, rank, core, tier)
       JOIN clients c ON c.id = r.client_id`,
      [
        runId,
        ranked.length,
        ranked.map(([id]) => id),
        ranked.map(([, client]) => client.value),
        ranked.map((_, index) => index + 1),
        ranked.map(([, client]) => client.core),
        ranked.map(([, client]) => client.tier),
      ],
    );
    return runId;
  });
}

/** Runs SQL against the test database (test setup and checks of what the API wrote). */
export async function withDb<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
