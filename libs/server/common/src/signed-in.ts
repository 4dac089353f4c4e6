import { hasPermission, type Actor, type Permission } from '@corebook/domain';
import {
  createParamDecorator,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  applyDecorators,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from './errors';
import type { RequestContext } from './request-context';

export function requestContextOf(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

/** The caller, or the coded reason they are not signed in. */
export function requireActor(ctx: RequestContext): Actor {
  if (ctx.actor) return ctx.actor;
  const reason = ctx.authFailure ?? 'TOKEN_MISSING';
  const messages = {
    TOKEN_MISSING: 'Sign in first',
    TOKEN_EXPIRED: 'Your session has expired; sign in again',
    TOKEN_INVALID: 'Your session token is not valid; sign in again',
    TOKEN_REVOKED: 'You have been signed out; sign in again',
    ACCOUNT_DISABLED: 'This account is disabled',
    INVALID_CREDENTIALS: 'Sign in first',
  } as const;
  throw unauthenticated(reason, messages[reason]);
}

/** The role check of the access gate (AccessService.requirePermission, @SignedIn). */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) throw forbidden();
}

const PERMISSION_KEY = 'corebook:permission';

@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const actor = requireActor(requestContextOf(context));
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (permission) requirePermission(actor, permission);
    return true;
  }
}

/** Signed in, and (when given) holding the role permission. Row scope is checked by the service. */
export const SignedIn = (permission?: Permission) =>
  applyDecorators(SetMetadata(PERMISSION_KEY, permission), UseGuards(SignedInGuard));

export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => requireActor(requestContextOf(context)),
);

export const CurrentRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => requestContextOf(context),
);
