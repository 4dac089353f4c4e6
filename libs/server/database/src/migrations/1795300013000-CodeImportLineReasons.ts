import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An imported line's reason is kept as a code and its parameters too, so each reader gets
 * it in their own language (libs/domain training/import-reasons.ts). Lines stored before
 * keep their English text and no code.
 */
export class CodeImportLineReasons1795300013000 implements MigrationInterface {
  name = 'CodeImportLineReasons1795300013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE training_import_lines ADD COLUMN reason_code text, ADD COLUMN reason_params jsonb`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE training_import_lines DROP COLUMN reason_code, DROP COLUMN reason_params`,
    );
  }
}
