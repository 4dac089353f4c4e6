import type {} from '@fastify/cookie';
import type { Actor } from '@corebook/domain';
import type DataLoader from 'dataloader';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthFailureReason } from './errors';

/** What every resolver receives as GraphQL context. */
export interface RequestContext {
  request: FastifyRequest;
  reply: FastifyReply;
  requestId: string;
  /** The signed-in caller, when the token was valid. */
  actor?: Actor;
  /** Why a presented token was not accepted (absent when none was presented). */
  authFailure?: AuthFailureReason;
  /** Per-request DataLoaders, see loaderFor. */
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

/**
 * Builds a REST request's context (who is calling, from the bearer token or the session
 * cookie). The auth area provides it (RequestContextFactory); this token lets an area that
 * auth itself depends on, the audit log, authenticate its downloads without a cycle.
 */
export abstract class RequestContexts {
  abstract create(request: FastifyRequest, reply: FastifyReply): Promise<RequestContext>;
}
