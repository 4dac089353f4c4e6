// What the bench suites change in the bank, and how they put it back, so every bench run
// measures the same work.

/** Deletes ranking runs the bench made, with their client rows and warnings. */
export async function deleteRuns(db, runIds) {
  await db.query(`DELETE FROM early_warnings WHERE run_id = ANY($1)`, [runIds]);
  for (const id of runIds) await db.query(`DROP TABLE IF EXISTS client_rankings_run_${id}`);
  await db.query(`DELETE FROM ranking_runs WHERE id = ANY($1)`, [runIds]);
}

/**
 * Deletes the contacts a bench logged (ids after `lastId`). Nothing refers to them, so the
 * foreign-key checks are skipped: follows_id has no index (the product deletes no contact),
 * and each deleted row would cost a scan of every contact.
 */
export async function deleteContactsAfter(db, lastId) {
  await db.query('BEGIN');
  await db.query(`SET LOCAL session_replication_role = replica`);
  await db.query(`DELETE FROM contacts WHERE id > $1`, [lastId]);
  await db.query('COMMIT');
}

/**
 * Keeps the clients' cycles as they are (runs, plan applies and contacts rewrite them), to be
 * put back by restoreCycles.
 */
export async function keepCycles(db) {
  await db.query(`DROP TABLE IF EXISTS bench_cycles_kept`);
  await db.query(`CREATE UNLOGGED TABLE bench_cycles_kept AS SELECT * FROM client_cycles`);
  const { rows } = await db.query(
    `SELECT coalesce(max(id), 0)::text AS "lastLog", now() AS since FROM client_cycle_log`,
  );
  return rows[0];
}

/** The cycles as keepCycles found them: rows written since put back, log rows since deleted. */
export async function restoreCycles(db, kept) {
  await db.query('BEGIN');
  await db.query(`DELETE FROM client_cycle_log WHERE id > $1`, [kept.lastLog]);
  await db.query(
    `DELETE FROM client_cycles s WHERE s.updated_at >= $1
       AND NOT EXISTS (SELECT 1 FROM bench_cycles_kept k WHERE k.client_id = s.client_id)`,
    [kept.since],
  );
  await db.query(
    `UPDATE client_cycles s SET manager_id = k.manager_id, tier = k.tier, core_since = k.core_since,
       assigned_on = k.assigned_on, last_contact_on = k.last_contact_on, planned_on = k.planned_on,
       due_on = k.due_on, updated_at = k.updated_at
     FROM bench_cycles_kept k WHERE k.client_id = s.client_id AND s.updated_at >= $1`,
    [kept.since],
  );
  await db.query('COMMIT');
  await db.query(`DROP TABLE bench_cycles_kept`);
}
