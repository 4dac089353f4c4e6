import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit log: a trigger refuses UPDATE and DELETE, so history cannot be rewritten. */
export class CreateAuditLog1795300000000 implements MigrationInterface {
  name = 'CreateAuditLog1795300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_entries (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at            timestamptz NOT NULL DEFAULT now(),
        actor_user_id integer,
        actor_username text,
        operation     text NOT NULL,
        entity_type   text NOT NULL,
        entity_id     text,
        outcome       text NOT NULL CHECK (outcome IN ('OK', 'REFUSED', 'FAILED')),
        before        jsonb,
        after         jsonb,
        detail        text,
        request_id    text
      )`);
    await q.query(`CREATE INDEX audit_entries_at_idx ON audit_entries (at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX audit_entries_entity_idx ON audit_entries (entity_type, entity_id, at DESC)`,
    );
    await q.query(`CREATE INDEX audit_entries_actor_idx ON audit_entries (actor_user_id, at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entries`);
    await q.query(`DROP FUNCTION audit_entries_append_only()`);
  }
}
