import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each client's figures over the 12 months of facts up to the latest month a ranking run
 * counted (decision 25): a run of the same month reuses them instead of reading the facts
 * again. A cache the ranking run rebuilds whenever they are missing or a month of their
 * window was loaded again, so both tables are unlogged: after a crash they are empty and the
 * next run rebuilds them.
 */
export class CreateClientFigures1795300006000 implements MigrationInterface {
  name = 'CreateClientFigures1795300006000';

  async up(q: QueryRunner): Promise<void> {
    // The shape ranking.sql.ts (FIGURES_SQL) writes; a rebuild replaces the whole table.
    await q.query(`
      CREATE UNLOGGED TABLE client_figures (
        client_id                bigint,
        contribution_12m         numeric(18, 2),
        aum                      numeric(18, 2),
        value_6m                 float8,
        value_previous_6m        float8,
        transactions_12m         bigint,
        transactions_6m          bigint,
        transactions_previous_6m bigint,
        last_activity_on         date,
        growth                   float8,
        growth_percent           numeric(12, 2)
      )`);
    await q.query(`
      CREATE UNLOGGED TABLE client_figures_as_of (
        single        boolean PRIMARY KEY DEFAULT true CHECK (single),
        -- The last month of facts counted, and its 12-month window's fact_months rows
        -- (month, loaded_at) as the rebuild saw them: loading a month again changes them.
        month         date NOT NULL,
        facts_loaded  jsonb NOT NULL,
        computed_at   timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE client_figures_as_of`);
    await q.query(`DROP TABLE client_figures`);
  }
}
