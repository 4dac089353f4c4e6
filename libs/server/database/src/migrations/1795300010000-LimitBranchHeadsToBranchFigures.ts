import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A branch head sees a ranking run's figures for their branch only, unless the new ranking
 * setting bankFiguresForBranchHeads (default false, libs/domain ranking/settings.ts) says
 * otherwise; every run keeps a copy of the settings it ran with, so the copies get it too.
 */
export class LimitBranchHeadsToBranchFigures1795300010000 implements MigrationInterface {
  name = 'LimitBranchHeadsToBranchFigures1795300010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE settings SET value = value || '{"bankFiguresForBranchHeads": false}' WHERE key = 'ranking'`,
    );
    await q.query(
      `UPDATE ranking_runs SET settings = settings || '{"bankFiguresForBranchHeads": false}'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE settings SET value = value - 'bankFiguresForBranchHeads' WHERE key = 'ranking'`,
    );
    await q.query(`UPDATE ranking_runs SET settings = settings - 'bankFiguresForBranchHeads'`);
  }
}
