import type { Actor } from '@corebook/domain';
import { APP_CONFIG, type AppConfig, type AuthFailureReason } from '@corebook/server/common';
import { UserEntity } from '@corebook/server/org';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JsonWebTokenError, TokenExpiredError, sign, verify } from 'jsonwebtoken';
import { DataSource } from 'typeorm';

export const SESSION_COOKIE = 'corebook_session';
/** How long a user's role, scope and revocation state may be served from memory. */
const SESSION_CACHE_MS = 30_000;

interface TokenClaims {
  sub: string;
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

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  issue(user: Pick<UserEntity, 'id' | 'tokenVersion'>): { token: string; expiresAt: Date } {
    const token = sign(
      { tv: user.tokenVersion } satisfies Omit<TokenClaims, 'sub'>,
      this.config.jwtSecret,
      {
        subject: String(user.id),
        expiresIn: this.config.tokenTtlSeconds,
        algorithm: 'HS256',
        issuer: 'corebook',
      },
    );
    return { token, expiresAt: new Date(Date.now() + this.config.tokenTtlSeconds * 1000) };
  }

  async check(token: string): Promise<SessionCheck> {
    let claims: TokenClaims;
    try {
      claims = verify(token, this.config.jwtSecret, {
        algorithms: ['HS256'],
        issuer: 'corebook',
      }) as TokenClaims;
    } catch (error) {
      if (error instanceof TokenExpiredError) return { failure: 'TOKEN_EXPIRED' };
      if (error instanceof JsonWebTokenError) return { failure: 'TOKEN_INVALID' };
      throw error;
    }
    const userId = Number(claims.sub);
    if (!Number.isInteger(userId)) return { failure: 'TOKEN_INVALID' };
    const session = await this.session(userId);
    if (!session) return { failure: 'TOKEN_INVALID' };
    if (!session.active) return { failure: 'ACCOUNT_DISABLED' };
    if (session.tokenVersion !== claims.tv) return { failure: 'TOKEN_REVOKED' };
    return { actor: session.actor };
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
