import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A detail the API writes itself (a refused sign-in, calls without a token) is kept as a code
 * and its values too, so the log and its export word it in the reader's language
 * (libs/domain/src/labels, audit.detail). Entries written before keep their English text.
 */
export class CodeAuditDetails1795300015000 implements MigrationInterface {
  name = 'CodeAuditDetails1795300015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE audit_entries ADD COLUMN detail_code text, ADD COLUMN detail_params jsonb`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_entries DROP COLUMN detail_code, DROP COLUMN detail_params`);
  }
}
