import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The open early warnings by client. Acknowledged warnings stay as history and outnumber
 * the open ones run after run; the client list's filter "with an open warning" and each
 * client's latest open warning read only the open ones.
 */
export class IndexOpenEarlyWarnings1795300016000 implements MigrationInterface {
  name = 'IndexOpenEarlyWarnings1795300016000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX early_warnings_open_idx ON early_warnings (client_id, id DESC) WHERE acknowledged_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX early_warnings_open_idx`);
  }
}
