import type { DataSource, EntityManager } from 'typeorm';

/** Run work in one transaction, or join the caller's when a manager is passed. */
export function inTransaction<T>(
  dataSource: DataSource,
  manager: EntityManager | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return manager ? work(manager) : dataSource.transaction(work);
}
