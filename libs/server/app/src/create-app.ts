import {
  GRAPHQL_BODY_LIMIT_BYTES,
  systemClock,
  type Clock,
  LOGGER,
  NestPinoLogger,
  createLogger,
  type AppConfig,
} from '@corebook/server/common';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { guardRequests } from './request-guard';
import { useLeanAsyncResourceBind } from './async-resource-bind';

const REQUEST_ID = /^[\w.-]{1,64}$/;
// Vite names what it builds into assets/ by a hash of the content: a new build, a new name.
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+(\.(br|gz))?$/;

/** Hashed assets are cached for good; index.html (which names them) is checked every time. */
export function cacheControlFor(path: string): string {
  return HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Builds the API (and, when configured, the built portal) on one Fastify server:
 * JSON logs with a request id per request, cookies, health endpoints, GraphQL.
 */
export async function createApp(
  config: AppConfig,
  logger: Logger = createLogger(config.logLevel),
  clock: Clock = systemClock,
): Promise<NestFastifyApplication> {
  useLeanAsyncResourceBind();
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // X-Forwarded-For is believed only from the proxies configured (TRUST_PROXY).
    trustProxy: config.trustProxy.length > 0 ? [...config.trustProxy] : false,
    // GraphQL bodies; training files have their own route and limit (below).
    bodyLimit: GRAPHQL_BODY_LIMIT_BYTES,
    // Honour a caller's X-Request-Id (for tracing through a proxy), else make one.
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, logger, clock),
    adapter,
    {
      logger: new NestPinoLogger(logger),
      abortOnError: false,
      // Fastify's own JSON parser (secure-json-parse, the bodyLimit above); NestJS's
      // replacement builds a new parser function for every request.
      bodyParser: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyCookie);
  guardRequests(fastify);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  if (config.portalDir && existsSync(join(config.portalDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: config.portalDir,
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz beside each asset (apps/portal/vite.config.mts).
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply: { header(name: string, value: string): unknown }, path: string) => {
        reply.header('cache-control', cacheControlFor(path));
      },
    });
    // Client-side routes (e.g. /clients/42) get the portal's index.html; files and API
    // routes are matched first, being more specific.
    fastify.get('/*', (request, reply) => {
      const path = request.url.split('?')[0];
      if (path.includes('.') || path.startsWith('/graphql') || path.startsWith('/health')) {
        return reply.code(404).send({ statusCode: 404, error: 'Not Found' });
      }
      return reply.type('text/html').sendFile('index.html');
    });
  }
  app.enableShutdownHooks();
  app.get<Logger>(LOGGER).debug('application created');
  return app;
}
