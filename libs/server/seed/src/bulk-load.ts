import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Stream COPY text chunks into the table; the pipeline applies backpressure. */
export async function copyIn(
  client: Client,
  sql: string,
  chunks: Iterable<string | Buffer>,
): Promise<void> {
  await pipeline(Readable.from(chunks, { highWaterMark: 4 }), client.query(copyFrom(sql)));
}

export const CLIENT_TABLES = ['clients', 'client_products', 'client_monthly_facts'];

interface Deferred {
  name: string;
  create: string;
}

/**
 * Secondary indexes and foreign keys of the client tables cost far more per row during a
 * bulk load than built once afterwards. Drop them inside the seed's transaction and
 * recreate them from their own catalog definitions, so the schema ends exactly as the
 * migrations left it (whatever later migrations add). Primary keys and unique constraints
 * stay: rows arrive in key order, which is the cheap case for a B-tree.
 */
export async function dropDeferrable(
  client: Client,
  tables: readonly string[],
): Promise<Deferred[]> {
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1`,
    [tables],
  );
  const foreignKeys = await client.query<{ name: string; tableName: string; definition: string }>(
    `SELECT quote_ident(conname) AS name, conrelid::regclass::text AS "tableName", pg_get_constraintdef(oid) AS definition
       FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY($1::regclass[])
      ORDER BY conrelid::regclass::text, conname`,
    [tables],
  );
  const deferred: Deferred[] = [];
  for (const index of indexes.rows) {
    await client.query(`DROP INDEX ${index.name}`);
    deferred.push({ name: index.name, create: index.definition });
  }
  for (const fk of foreignKeys.rows) {
    await client.query(`ALTER TABLE ${fk.tableName} DROP CONSTRAINT ${fk.name}`);
    deferred.push({
      name: fk.name,
      create: `ALTER TABLE ${fk.tableName} ADD CONSTRAINT ${fk.name} ${fk.definition}`,
    });
  }
  return deferred;
}

/**
 * Empty the client tables in this transaction so COPY can write frozen rows (no hint-bit
 * rewrite or anti-wraparound vacuum of 48 million rows later). Only when every table a
 * TRUNCATE would cascade to is empty already; otherwise load without FREEZE.
 */
export async function truncateForFreeze(
  client: Client,
  tables: readonly string[],
): Promise<boolean> {
  const seen = new Set<string>();
  let frontier = [...tables];
  while (frontier.length > 0) {
    const { rows } = await client.query<{ name: string }>(
      `SELECT DISTINCT conrelid::regclass::text AS name FROM pg_constraint WHERE contype = 'f' AND confrelid = ANY($1::regclass[])`,
      [frontier],
    );
    frontier.forEach((name) => seen.add(name));
    frontier = rows.map((row) => row.name).filter((name) => !seen.has(name));
  }
  for (const name of seen) {
    const { rows } = await client.query<{ filled: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${name}) AS filled`,
    );
    if (rows[0].filled) return false;
  }
  await client.query(`TRUNCATE ${[...seen].join(', ')}`);
  return true;
}
