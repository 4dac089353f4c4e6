import {
  afterFailedLogin,
  afterSuccessfulLogin,
  isLocked,
  passwordProblem,
  type Actor,
} from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import {
  APP_CONFIG,
  type AppConfig,
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

/** Sign-in, sign-out and password change, with lockout, rate limit and audit. */
@Injectable()
export class AuthService {
  private readonly loginLimiter: RateLimiterMemory;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
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
    await this.throttle(caller);
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = lower(:username)', { username: username.trim() })
      .getOne();
    const refuse = async (detail: string) => {
      await this.audit.record({
        actor: user ? { userId: user.id, username: user.username } : null,
        operation: 'login',
        entityType: 'User',
        entityId: user?.id ?? null,
        outcome: 'REFUSED',
        detail: `${detail} (username "${username}", ip ${caller.ip})`,
        requestId: caller.requestId,
      });
    };
    if (!user) {
      await argon2.verify(await UNKNOWN_USER_HASH, password).catch(() => false);
      await refuse('unknown username');
      throw unauthenticated('INVALID_CREDENTIALS', 'Wrong username or password');
    }
    const now = new Date();
    if (isLocked(user, now)) {
      await refuse('account locked');
      throw this.lockedError(user.lockedUntil!);
    }
    if (!user.active) {
      await refuse('account disabled');
      throw unauthenticated('ACCOUNT_DISABLED', 'This account is disabled');
    }
    if (!(await argon2.verify(user.passwordHash, password))) {
      const next = afterFailedLogin(user, now);
      await users.update({ id: user.id }, next);
      await refuse(`wrong password, failure ${next.failedLoginCount}`);
      if (next.lockedUntil) throw this.lockedError(next.lockedUntil);
      throw unauthenticated('INVALID_CREDENTIALS', 'Wrong username or password');
    }
    await users.update({ id: user.id }, { ...afterSuccessfulLogin(), lastLoginAt: now });
    await this.audit.record({
      actor: { userId: user.id, username: user.username },
      operation: 'login',
      entityType: 'User',
      entityId: user.id,
      detail: `ip ${caller.ip}`,
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

  private lockedError(lockedUntil: Date) {
    return unauthenticated(
      'ACCOUNT_LOCKED',
      'Too many wrong passwords: this account is locked for 15 minutes',
      {
        lockedUntil: lockedUntil.toISOString(),
      },
    );
  }

  private async throttle(caller: CallerInfo): Promise<void> {
    try {
      await this.loginLimiter.consume(caller.ip);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        await this.audit.record({
          operation: 'login',
          entityType: 'User',
          outcome: 'REFUSED',
          detail: `rate limited (ip ${caller.ip})`,
          requestId: caller.requestId,
        });
        throw tooManyRequests(Math.ceil(error.msBeforeNext / 1000));
      }
      throw error;
    }
  }
}
