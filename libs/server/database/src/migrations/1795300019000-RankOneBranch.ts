import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the rules rank each branch on its own, a run may re-rank one branch (a branch head's
 * run): its rows are ranked afresh and the other branches' are carried from the run before.
 * NULL: the run ranked the whole bank.
 */
export class RankOneBranch1795300019000 implements MigrationInterface {
  name = 'RankOneBranch1795300019000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ranking_runs ADD COLUMN branch_id integer REFERENCES branches(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ranking_runs DROP COLUMN branch_id`);
  }
}
