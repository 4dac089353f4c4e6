import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Acknowledging an early warning records what was done (docs/domain.md rule 5): a note and
 * optionally a date to follow up, kept with the warning as its history. Warnings
 * acknowledged before have neither; an open warning has no action yet.
 */
export class RecordWarningActions1795300017000 implements MigrationInterface {
  name = 'RecordWarningActions1795300017000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE early_warnings
        ADD COLUMN action_note text,
        ADD COLUMN follow_up_on date,
        ADD CONSTRAINT early_warnings_action_when_acknowledged
          CHECK (acknowledged_at IS NOT NULL OR (action_note IS NULL AND follow_up_on IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE early_warnings
        DROP CONSTRAINT early_warnings_action_when_acknowledged,
        DROP COLUMN follow_up_on,
        DROP COLUMN action_note`);
  }
}
