import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training counts only while an RM serves (libs/domain training/service-period.ts), and a
 * leaver's last day is their contract's end date: a leaver without one left when their
 * posting last changed.
 */
export class DateEveryLeaver1795300011000 implements MigrationInterface {
  name = 'DateEveryLeaver1795300011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE relationship_managers SET contract_end_date = updated_at::date
       WHERE status = 'LEFT' AND contract_end_date IS NULL`,
    );
  }

  async down(): Promise<void> {
    // The dates are kept: they say when each leaver left.
  }
}
