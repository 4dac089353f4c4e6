import { HttpException } from '@nestjs/common';

/**
 * Coded errors. Every refusal or bad input in Corebook is one of these; the GraphQL
 * error formatter maps each code to `extensions.code` and never shows a stack trace.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/** Why a caller is unauthenticated, so the portal can say the right thing. */
export type AuthFailureReason =
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_DISABLED'
  | 'TOKEN_MISSING'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_INVALID'
  | 'TOKEN_REVOKED';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/** An HttpException so Nest treats it as an expected refusal (no error log), not a crash. */
export class CorebookError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message, HTTP_STATUS[code]);
    this.name = 'CorebookError';
  }
}

export const unauthenticated = (
  reason: AuthFailureReason,
  message: string,
  extra: Record<string, unknown> = {},
) => new CorebookError('UNAUTHENTICATED', message, { reason, ...extra });

export const forbidden = (message = 'You are not allowed to do this') =>
  new CorebookError('FORBIDDEN', message);

export const notFound = (entity: string, id: string | number) =>
  new CorebookError('NOT_FOUND', `${entity} ${id} was not found`, { entity });

/**
 * Bad input on `field`. `rule` names why in a code a client can translate (the message is
 * English for API users), `params` the values its sentence needs, e.g. RANGE {min, max}.
 */
export const badInput = (
  field: string,
  message: string,
  rule?: { rule: string; params?: Record<string, unknown> },
) => new CorebookError('BAD_USER_INPUT', message, { field, ...rule });

export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new CorebookError('CONFLICT', message, extra);

export const tooManyRequests = (retryAfterSeconds: number) =>
  new CorebookError('TOO_MANY_REQUESTS', `Too many attempts; try again in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
  });
