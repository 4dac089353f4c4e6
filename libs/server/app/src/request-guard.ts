import { GRAPHQL_BODY_LIMIT_BYTES } from '@corebook/server/common';
import { MAX_IMPORT_BYTES, TRAINING_UPLOAD_PATH } from '@corebook/server/training';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const OCTET_STREAM = 'application/octet-stream';
// The file itself plus room for nothing else: the body is the file.
const UPLOAD_BODY_LIMIT = MAX_IMPORT_BYTES + 1024;

/** Why a request was refused before GraphQL saw it (extensions.reason of BAD_REQUEST). */
export type RequestRefusal =
  'MALFORMED_BODY' | 'METHOD_NOT_ALLOWED' | 'BODY_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE';

export const REFUSAL_STATUS: Record<RequestRefusal, number> = {
  MALFORMED_BODY: 400,
  METHOD_NOT_ALLOWED: 405,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

function refuse(reply: FastifyReply, reason: RequestRefusal, message: string) {
  return reply
    .code(REFUSAL_STATUS[reason])
    .send({ data: null, errors: [{ message, extensions: { code: 'BAD_REQUEST', reason } }] });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a GraphQL request body must be before Mercurius reads it; null when it is. */
export function graphqlBodyProblem(body: unknown): string | null {
  if (Array.isArray(body)) return 'Send one operation per request (batches are not accepted)';
  if (!isRecord(body)) return 'The body must be a JSON object';
  if (typeof body.query !== 'string') return 'query must be a string';
  if (body.variables !== undefined && body.variables !== null && !isRecord(body.variables))
    return 'variables must be an object';
  if (
    body.operationName !== undefined &&
    body.operationName !== null &&
    typeof body.operationName !== 'string'
  )
    return 'operationName must be a string';
  return null;
}

/**
 * Request-level checks (docs/security.md): a GraphQL POST must be one JSON object with a
 * string query; file bodies are accepted by the training upload route only, up to its own
 * limit; everything else keeps the GraphQL body limit.
 */
export function guardRequests(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    OCTET_STREAM,
    { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done) => {
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (type === OCTET_STREAM && request.routeOptions.url !== TRAINING_UPLOAD_PATH) {
      void refuse(
        reply,
        'UNSUPPORTED_MEDIA_TYPE',
        `${OCTET_STREAM} is taken by ${TRAINING_UPLOAD_PATH} only`,
      );
      return;
    }
    // A body declared larger than its route takes is refused before a byte of it is read.
    const limit =
      request.routeOptions.url === TRAINING_UPLOAD_PATH
        ? UPLOAD_BODY_LIMIT
        : GRAPHQL_BODY_LIMIT_BYTES;
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      void refuse(reply, 'BODY_TOO_LARGE', `The body is larger than ${limit} bytes`);
      return;
    }
    // JSON only: a form or plain text is a request any web page can send without asking
    // (no CORS preflight), carrying the session cookie.
    if (
      request.method === 'POST' &&
      request.routeOptions.url === '/graphql' &&
      type !== 'application/json'
    ) {
      void refuse(reply, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL as application/json');
      return;
    }
    done();
  });
  fastify.addHook('preValidation', (request: FastifyRequest, reply: FastifyReply, done) => {
    if (request.method === 'POST' && request.routeOptions.url === '/graphql') {
      const problem = graphqlBodyProblem(request.body);
      if (problem) {
        void refuse(reply, 'MALFORMED_BODY', problem);
        return;
      }
    }
    done();
  });
}
