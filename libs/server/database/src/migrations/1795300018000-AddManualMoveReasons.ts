import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A client moved by hand carries why, as a code from the list in
 * libs/domain/src/assignment/manual-move.ts (docs/domain.md rule 3) beside the branch head's
 * note. Moves made before have no code; plan rows never have one.
 */
export class AddManualMoveReasons1795300018000 implements MigrationInterface {
  name = 'AddManualMoveReasons1795300018000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE client_assignments
        ADD COLUMN reason_code text,
        ADD CONSTRAINT client_assignments_reason_code CHECK (
          reason_code IS NULL OR (start_reason = 'MANUAL' AND reason_code IN (
            'CLIENT_REQUEST', 'RM_LEFT', 'RM_CAPACITY', 'CONFLICT_OF_INTEREST',
            'SERVICE_QUALITY', 'BRANCH_CHANGE', 'OTHER')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE client_assignments
        DROP CONSTRAINT client_assignments_reason_code,
        DROP COLUMN reason_code`);
  }
}
