import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PgQueryable {
  query<T>(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: T[] }>;
}

/**
 * A read on a hot path: plain SQL on the DataSource's own pg pool, skipping TypeORM's
 * per-query runner, logger and event broadcast. With a `name` the statement is prepared once
 * per connection and then only executed: no text to send, parse or plan again (a name stands
 * for one SQL text).
 */
export async function readRows<T>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  name?: string,
): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as PgQueryable;
  return (await pool.query<T>({ text: sql, values: params, name })).rows;
}

/**
 * A statement on a hot path inside `manager`'s transaction, prepared once per connection by
 * `name` (one SQL text per name) and then only executed; planned for any parameters once
 * PostgreSQL finds the generic plan as good, so a large statement is not planned per call.
 */
export async function queryPrepared<T>(
  manager: EntityManager,
  name: string,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner) return readRows<T>(manager.connection, sql, params, name);
  const connection = (await runner.connect()) as PgQueryable;
  return (await connection.query<T>({ text: sql, values: params, name })).rows;
}
