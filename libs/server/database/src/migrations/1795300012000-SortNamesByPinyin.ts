import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Names sort as a Chinese bank's staff read them, by pinyin (安, 上, 王, 于, 张), not by
 * character code (上 before 于 before 安): the names of clients and RMs take PostgreSQL's
 * ICU Chinese collation, so every ORDER BY name, and the list cursors that compare names,
 * follow it. Latin names keep their alphabetical order. Needs PostgreSQL built with ICU
 * (the embedded one and the official images are).
 */
export class SortNamesByPinyin1795300012000 implements MigrationInterface {
  name = 'SortNamesByPinyin1795300012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE clients ALTER COLUMN name TYPE text COLLATE "zh-x-icu"`);
    await q.query(
      `ALTER TABLE relationship_managers ALTER COLUMN name TYPE text COLLATE "zh-x-icu"`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE relationship_managers ALTER COLUMN name TYPE text COLLATE "default"`,
    );
    await q.query(`ALTER TABLE clients ALTER COLUMN name TYPE text COLLATE "default"`);
  }
}
