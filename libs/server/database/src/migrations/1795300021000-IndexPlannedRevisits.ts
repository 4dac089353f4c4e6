import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An RM's clients with a planned contact, by its date. The revisit queue is the clients due
 * by a day or planned by it: with this index beside client_cycles_queue_idx it reads those
 * rows alone (two index ranges), not every client of the book.
 */
export class IndexPlannedRevisits1795300021000 implements MigrationInterface {
  name = 'IndexPlannedRevisits1795300021000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX client_cycles_planned_idx ON client_cycles (manager_id, planned_on) WHERE planned_on IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX client_cycles_planned_idx`);
  }
}
