import { CorebookError, type ErrorCode, type RequestContext } from '@corebook/server/common';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { RequestRefusal } from './request-guard';

/**
 * Codes a client can see: the domain's own, the two GraphQL itself needs, and BAD_REQUEST
 * for a request refused before GraphQL read it (with a `reason` and its HTTP status).
 */
export type ClientErrorCode =
  ErrorCode | 'BAD_REQUEST' | 'GRAPHQL_VALIDATION_FAILED' | 'INTERNAL_SERVER_ERROR';

/** The HTTP status of a request refused as a whole, by reason. */
const REQUEST_REFUSALS: Partial<Record<number, RequestRefusal>> = {
  400: 'MALFORMED_BODY',
  405: 'METHOD_NOT_ALLOWED',
  413: 'BODY_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** The HTTP status a request-level error carries (Fastify's and Mercurius's errors do). */
export function requestStatusOf(error: unknown): number | null {
  const status = (error as { statusCode?: unknown } | null | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

const SUGGESTION = /\s*Did you mean .*\?$/;

/** What the portal is told for each code when the message came from a library, not from us. */
function codeOfHttpStatus(status: number): ClientErrorCode {
  switch (status) {
    case 400:
      return 'BAD_USER_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 429:
      return 'TOO_MANY_REQUESTS';
    default:
      return 'INTERNAL_SERVER_ERROR';
  }
}

/**
 * Maps any error raised while answering a GraphQL request to what the caller sees:
 * a message, `extensions.code` and the field when relevant; never a stack trace.
 */
export function toClientError(
  error: GraphQLError,
  ctx: Partial<RequestContext> | undefined,
  logger: Logger,
): GraphQLFormattedError {
  const base = { locations: error.locations, path: error.path };
  const original = error.originalError;
  if (original instanceof CorebookError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.extensions },
    };
  }
  if (original instanceof HttpException) {
    return {
      ...base,
      message: original.message,
      extensions: { code: codeOfHttpStatus(original.getStatus()) },
    };
  }
  if (original instanceof GraphQLError || !original) {
    // Parse, validation and input coercion errors from graphql-js itself.
    const message = ctx?.actor ? error.message : error.message.replace(SUGGESTION, '');
    const variable = /^Variable "\$(\w+)"/.exec(message);
    if (variable)
      return { ...base, message, extensions: { code: 'BAD_USER_INPUT', field: variable[1] } };
    if (/^(Expected value of type|Argument ".*" has invalid value|Decimal |Date )/.test(message)) {
      return { ...base, message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    return { ...base, message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  const status = requestStatusOf(original);
  const refusal = status === null ? undefined : REQUEST_REFUSALS[status];
  if (refusal) {
    // Refused as a whole by Fastify or Mercurius: malformed JSON, a body too large, a
    // content type or method GraphQL does not take (a mutation sent by GET).
    return {
      ...base,
      message: original.message,
      extensions: { code: 'BAD_REQUEST', reason: refusal },
    };
  }
  if (status !== null) {
    return { ...base, message: original.message, extensions: { code: codeOfHttpStatus(status) } };
  }
  logger.error(
    { err: original, requestId: ctx?.requestId, path: error.path },
    'unexpected error in GraphQL request',
  );
  return {
    ...base,
    message: 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
