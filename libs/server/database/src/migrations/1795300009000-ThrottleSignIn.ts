import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling instead of account lockout (libs/domain login-throttle.ts): wrong
 * passwords are counted per account name (as typed, lower case: unknown names too) and
 * source address; a user row no longer holds a lock anyone could set.
 */
export class ThrottleSignIn1795300009000 implements MigrationInterface {
  name = 'ThrottleSignIn1795300009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failures (
        account        text NOT NULL,
        source         text NOT NULL,
        failures       integer NOT NULL CHECK (failures > 0),
        last_failed_at timestamptz NOT NULL,
        PRIMARY KEY (account, source)
      )`);
    await q.query(`CREATE INDEX login_failures_age_idx ON login_failures (last_failed_at)`);
    await q.query(`ALTER TABLE users DROP COLUMN failed_login_count, DROP COLUMN locked_until`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE users ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`,
    );
    await q.query(`DROP TABLE login_failures`);
  }
}
