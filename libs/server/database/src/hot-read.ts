import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A read on a hot path: plain SQL on the DataSource's own pg pool, skipping TypeORM's
 * per-query runner, logger and event broadcast.
 */
export async function readRows<T>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as {
    query(sql: string, params: unknown[]): Promise<{ rows: T[] }>;
  };
  return (await pool.query(sql, params)).rows;
}
