import type { Actor } from '@corebook/domain';
import {
  APP_CONFIG,
  CLOCK,
  type AppConfig,
  type AuthFailureReason,
  type Clock,
} from '@corebook/server/common';
import { UserEntity } from '@corebook/server/org';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { JsonWebTokenError, TokenExpiredError, sign, verify } from 'jsonwebtoken';
import { DataSource } from 'typeorm';

export const SESSION_COOKIE = 'corebook_session';
/** How long a user's role, scope and revocation state may be served from memory. */
const SESSION_CACHE_MS = 30_000;

/** How many verified tokens to remember (oldest forgotten first). */
const VERIFIED_TOKENS_CACHED = 10_000;

interface TokenClaims {
  sub: string;
  /** Expiry, seconds since the epoch (set by jsonwebtoken). */
  exp: number;
  /** The user's token version when signed; bumping it revokes every older token. */
  tv: number;
}

interface CachedSession {
  actor: Actor;
  active: boolean;
  tokenVersion: number;
  fetchedAt: number;
}

export type SessionCheck = { actor: Actor } | { failure: AuthFailureReason };

/** Signs session tokens and turns a presented token back into the signed-in actor. */
@Injectable()
export class SessionService {
  private readonly cache = new Map<number, CachedSession>();
  private readonly verifiedTokens = new Map<string, TokenClaims>();
  /** Made once: handing jsonwebtoken a string makes it rebuild (and first misparse) a key per call. */
  private readonly key: KeyObject;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  issue(user: Pick<UserEntity, 'id' | 'tokenVersion'>): { token: string; expiresAt: Date } {
    const now = this.clock.now();
    const claims = { tv: user.tokenVersion, iat: Math.floor(now / 1000) };
    const token = sign(claims, this.key, {
      subject: String(user.id),
      expiresIn: this.config.tokenTtlSeconds,
      algorithm: 'HS256',
      issuer: 'corebook',
    });
    return { token, expiresAt: new Date(now + this.config.tokenTtlSeconds * 1000) };
  }

  async check(token: string): Promise<SessionCheck> {
    const claims = this.verified(token);
    if ('failure' in claims) return claims;
    const userId = Number(claims.sub);
    if (!Number.isInteger(userId)) return { failure: 'TOKEN_INVALID' };
    const session = await this.session(userId);
    if (!session) return { failure: 'TOKEN_INVALID' };
    if (!session.active) return { failure: 'ACCOUNT_DISABLED' };
    if (session.tokenVersion !== claims.tv) return { failure: 'TOKEN_REVOKED' };
    return { actor: session.actor };
  }

  /**
   * Signature checks are cached per token (bounded), since every request presents the
   * same token; expiry is still checked on each use.
   */
  private verified(token: string): TokenClaims | { failure: AuthFailureReason } {
    const cached = this.verifiedTokens.get(token);
    if (cached) {
      if (this.clock.now() < cached.exp * 1000) return cached;
      this.verifiedTokens.delete(token);
      return { failure: 'TOKEN_EXPIRED' };
    }
    let claims: TokenClaims;
    try {
      claims = verify(token, this.key, {
        algorithms: ['HS256'],
        issuer: 'corebook',
        clockTimestamp: Math.floor(this.clock.now() / 1000),
      }) as TokenClaims;
    } catch (error) {
      if (error instanceof TokenExpiredError) return { failure: 'TOKEN_EXPIRED' };
      if (error instanceof JsonWebTokenError) return { failure: 'TOKEN_INVALID' };
      throw error;
    }
    if (this.verifiedTokens.size >= VERIFIED_TOKENS_CACHED) {
      this.verifiedTokens.delete(this.verifiedTokens.keys().next().value!);
    }
    this.verifiedTokens.set(token, claims);
    return claims;
  }

  /** Forget a user's cached state after a change to it (sign-out, password, role). */
  forget(userId: number): void {
    this.cache.delete(userId);
  }

  private async session(userId: number): Promise<CachedSession | null> {
    const cached = this.cache.get(userId);
    if (cached && Date.now() - cached.fetchedAt < SESSION_CACHE_MS) return cached;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) {
      this.cache.delete(userId);
      return null;
    }
    const session: CachedSession = {
      actor: {
        userId: user.id,
        username: user.username,
        role: user.role,
        branchId: user.branchId,
        managerId: user.relationshipManagerId,
      },
      active: user.active,
      tokenVersion: user.tokenVersion,
      fetchedAt: Date.now(),
    };
    this.cache.set(userId, session);
    return session;
  }
}
