import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The product types each client holds, as bits (decision 28): every ranking run needs them
 * for the product gaps, and aggregating 4.7 M product rows took each run about 3 s at the
 * mid-size bank. A run keeps them in client_product_types and reuses them while no product
 * was added, removed, closed or moved since: a statement trigger on client_products counts
 * those writes in client_products_changes (balance updates do not count). The kept types
 * and the count they were built at are unlogged, like client_figures: after a crash they
 * are empty and the next run rebuilds them.
 */
export class CreateClientProductTypes1795300008000 implements MigrationInterface {
  name = 'CreateClientProductTypes1795300008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE client_products_changes (
        single  boolean PRIMARY KEY DEFAULT true CHECK (single),
        -- Statements that added, removed, closed or moved products; committed with them, so
        -- a count a run read before it rebuilt can only be lower than a later writer's.
        changes bigint NOT NULL
      )`);
    await q.query(`INSERT INTO client_products_changes (changes) VALUES (0)`);
    await q.query(`
      CREATE FUNCTION count_client_products_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE client_products_changes SET changes = changes + 1;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER client_products_changes
      AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF client_id, product_type, status ON client_products
      FOR EACH STATEMENT EXECUTE FUNCTION count_client_products_change()`);
    // The shape ranking.sql.ts (PRODUCT_TYPES_SQL) writes; a rebuild replaces the whole table.
    await q.query(`
      CREATE UNLOGGED TABLE client_product_types (
        client_id bigint,
        -- Active product types held: deposit 1, loan 2, wealth 4, card 8, insurance 16.
        held      int
      )`);
    await q.query(`
      CREATE UNLOGGED TABLE client_product_types_as_of (
        single  boolean PRIMARY KEY DEFAULT true CHECK (single),
        changes bigint NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE client_product_types_as_of`);
    await q.query(`DROP TABLE client_product_types`);
    await q.query(`DROP TRIGGER client_products_changes ON client_products`);
    await q.query(`DROP FUNCTION count_client_products_change()`);
    await q.query(`DROP TABLE client_products_changes`);
  }
}
