import type { RequestContext, RequestContexts } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, SessionService } from './session.service';

/** Builds each GraphQL request's context: who is calling, from the bearer token or the session cookie. */
@Injectable()
export class RequestContextFactory implements RequestContexts {
  constructor(private readonly sessions: SessionService) {}

  async create(request: FastifyRequest, reply: FastifyReply): Promise<RequestContext> {
    const ctx: RequestContext = {
      request,
      reply,
      requestId: String(request.id),
      loaders: new Map(),
    };
    const token = tokenOf(request);
    if (!token) return ctx;
    const result = await this.sessions.check(token);
    if ('actor' in result) ctx.actor = result.actor;
    else ctx.authFailure = result.failure;
    return ctx;
  }
}

function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return request.cookies?.[SESSION_COOKIE];
}
