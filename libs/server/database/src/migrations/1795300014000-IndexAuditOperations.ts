import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log by operation: the filter's list of operations walks this index from one
 * distinct name to the next (a loose index scan, AuditService.choices) instead of reading
 * millions of rows, and "entries of one operation, newest first" reads it backwards. Object
 * types already lead audit_entries_entity_idx.
 */
export class IndexAuditOperations1795300014000 implements MigrationInterface {
  name = 'IndexAuditOperations1795300014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_entries_operation_idx ON audit_entries (operation, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_entries_operation_idx`);
  }
}
