import {
  FAILURES_FORGOTTEN_AFTER_SECONDS,
  passwordProblem,
  retryAfterSeconds,
  type Actor,
  type LoginFailures,
} from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import {
  APP_CONFIG,
  CLOCK,
  type AppConfig,
  type Clock,
  badInput,
  tooManyRequests,
  unauthenticated,
} from '@corebook/server/common';
import { UserEntity } from '@corebook/server/org';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { SessionService } from './session.service';

export interface SignedInSession {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

export interface CallerInfo {
  ip: string;
  requestId: string;
}

// A real hash to verify against when the username is unknown, so both paths take as long.
const UNKNOWN_USER_HASH = argon2.hash('corebook-unknown-user');

/** Sign-in, sign-out and password change, with throttling, a rate limit and audit. */
@Injectable()
export class AuthService {
  private readonly loginLimiter: RateLimiterMemory;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {
    this.loginLimiter = new RateLimiterMemory({
      points: config.loginRateLimitPerMinute,
      duration: 60,
    });
  }

  async login(username: string, password: string, caller: CallerInfo): Promise<SignedInSession> {
    await this.limitSource(caller);
    const account = username.trim().toLowerCase();
    const now = new Date(this.clock.now());
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = :account', { account })
      .getOne();
    const refuse = async (
      code:
        | 'SIGN_IN_WRONG_PASSWORD'
        | 'SIGN_IN_UNKNOWN_USERNAME'
        | 'SIGN_IN_ACCOUNT_DISABLED'
        | 'SIGN_IN_THROTTLED',
      values: Record<string, number> = {},
    ) => {
      await this.audit.record({
        actor: user ? { userId: user.id, username: user.username } : null,
        operation: 'login',
        entityType: 'User',
        entityId: user?.id ?? null,
        outcome: 'REFUSED',
        note: { code, values: { ...values, username, ip: caller.ip } },
        requestId: caller.requestId,
      });
    };
    // The same wait for a known and an unknown name: the answer tells nothing about either.
    const wait = retryAfterSeconds(await this.failuresOf(account, caller.ip), now);
    if (wait > 0) {
      await refuse('SIGN_IN_THROTTLED', { seconds: wait });
      throw tooManyRequests(wait);
    }
    const passwordMatches = user
      ? await argon2.verify(user.passwordHash, password)
      : await argon2.verify(await UNKNOWN_USER_HASH, password).then(
          () => false,
          () => false,
        );
    if (!user || !passwordMatches) {
      await this.recordFailure(account, caller.ip, now);
      await refuse(user ? 'SIGN_IN_WRONG_PASSWORD' : 'SIGN_IN_UNKNOWN_USERNAME');
      throw unauthenticated('INVALID_CREDENTIALS', 'Wrong username or password');
    }
    // Said only to someone who knows the password.
    if (!user.active) {
      await refuse('SIGN_IN_ACCOUNT_DISABLED');
      throw unauthenticated('ACCOUNT_DISABLED', 'This account is disabled');
    }
    await this.dataSource.query(`DELETE FROM login_failures WHERE account = $1 AND source = $2`, [
      account,
      caller.ip,
    ]);
    await users.update({ id: user.id }, { lastLoginAt: now });
    await this.audit.record({
      actor: { userId: user.id, username: user.username },
      operation: 'login',
      entityType: 'User',
      entityId: user.id,
      note: { code: 'SIGNED_IN', values: { ip: caller.ip } },
      requestId: caller.requestId,
    });
    return { ...this.sessions.issue(user), user };
  }

  /** Sign-out revokes every token the user holds (the token version moves on). */
  async logout(actor: Actor, requestId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.increment(UserEntity, { id: actor.userId }, 'tokenVersion', 1);
      await this.audit.record(
        { actor, operation: 'logout', entityType: 'User', entityId: actor.userId, requestId },
        manager,
      );
    });
    this.sessions.forget(actor.userId);
  }

  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    requestId: string,
  ): Promise<SignedInSession> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOneOrFail();
    if (!(await argon2.verify(user.passwordHash, currentPassword))) {
      throw badInput('currentPassword', 'The current password is wrong');
    }
    const problem = passwordProblem(newPassword, user.username);
    if (problem) throw badInput('newPassword', `The new password ${problem}`);
    if (newPassword === currentPassword)
      throw badInput('newPassword', 'The new password must differ from the current one');
    const passwordHash = await argon2.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: user.id },
        { passwordHash, tokenVersion: user.tokenVersion + 1 },
      );
      await this.audit.record(
        {
          actor,
          operation: 'changePassword',
          entityType: 'User',
          entityId: user.id,
          after: { passwordChanged: true },
          requestId,
        },
        manager,
      );
    });
    this.sessions.forget(user.id);
    const updated = await users.findOneByOrFail({ id: user.id });
    return { ...this.sessions.issue(updated), user: updated };
  }

  async setLocale(actor: Actor, locale: string, requestId: string): Promise<UserEntity> {
    if (locale !== 'en' && locale !== 'zh-CN')
      throw badInput('locale', 'locale must be "en" or "zh-CN"');
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      if (user.locale !== locale) {
        await manager.update(UserEntity, { id: user.id }, { locale });
        await this.audit.record(
          {
            actor,
            operation: 'setLocale',
            entityType: 'User',
            entityId: user.id,
            before: { locale: user.locale },
            after: { locale },
            requestId,
          },
          manager,
        );
      }
      return { ...user, locale };
    });
  }

  me(actor: Actor): Promise<UserEntity> {
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
  }

  /** Wrong passwords for `account` from `source` (login-throttle.ts decides what they cost). */
  private async failuresOf(account: string, source: string): Promise<LoginFailures | null> {
    const [row] = await this.dataSource.query<LoginFailures[]>(
      `SELECT failures, last_failed_at AS "lastFailedAt" FROM login_failures WHERE account = $1 AND source = $2`,
      [account, source],
    );
    return row ?? null;
  }

  /** One more wrong password, counted in the database (atomic, so parallel guesses all count). */
  private async recordFailure(account: string, source: string, now: Date): Promise<void> {
    const forgotten = new Date(now.getTime() - FAILURES_FORGOTTEN_AFTER_SECONDS * 1000);
    await this.dataSource.query(`DELETE FROM login_failures WHERE last_failed_at < $1`, [
      forgotten,
    ]);
    await this.dataSource.query(
      `INSERT INTO login_failures (account, source, failures, last_failed_at) VALUES ($1, $2, 1, $3)
       ON CONFLICT (account, source) DO UPDATE SET failures = login_failures.failures + 1, last_failed_at = $3`,
      [account, source, now],
    );
  }

  /** At most LOGIN_RATE_LIMIT_PER_MINUTE sign-ins per source address, whatever the names. */
  private async limitSource(caller: CallerInfo): Promise<void> {
    try {
      await this.loginLimiter.consume(caller.ip);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        await this.audit.record({
          operation: 'login',
          entityType: 'User',
          outcome: 'REFUSED',
          note: { code: 'SIGN_IN_RATE_LIMITED', values: { ip: caller.ip } },
          requestId: caller.requestId,
        });
        throw tooManyRequests(Math.ceil(error.msBeforeNext / 1000));
      }
      throw error;
    }
  }
}
