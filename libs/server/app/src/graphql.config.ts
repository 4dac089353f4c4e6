import { AuditService } from '@corebook/server/audit';
import { RequestContextFactory } from '@corebook/server/auth';
import { APP_CONFIG, LOGGER, type AppConfig, type RequestContext } from '@corebook/server/common';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { NoSchemaIntrospectionCustomRule, type GraphQLError, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import { toClientError } from './graphql-errors';

/** Query limits (DESIGN.md "GraphQL hygiene"). */
export const GRAPHQL_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 20_000 } as const;

const AUDITED_AUTH_REASONS = new Set(['TOKEN_INVALID', 'TOKEN_REVOKED', 'ACCOUNT_DISABLED']);

export const graphqlOptionsProvider = {
  inject: [APP_CONFIG, LOGGER, RequestContextFactory, AuditService],
  useFactory: (config: AppConfig, logger: Logger, contexts: RequestContextFactory, audit: AuditService): MercuriusDriverConfig => {
    const validationRules: ValidationRule[] = [
      maxDepthRule({ n: GRAPHQL_LIMITS.maxDepth, exposeLimits: false }) as unknown as ValidationRule,
      maxAliasesRule({ n: GRAPHQL_LIMITS.maxAliases, exposeLimits: false }) as unknown as ValidationRule,
      costLimitRule({ maxCost: GRAPHQL_LIMITS.maxCost, exposeLimits: false }) as unknown as ValidationRule,
    ];
    if (config.production) validationRules.push(NoSchemaIntrospectionCustomRule);

    /** Refusals are part of the audit trail: who tried what, and was told no. */
    const auditRefusals = (errors: readonly GraphQLError[], ctx: Partial<RequestContext> | undefined) => {
      for (const error of errors) {
        const extensions = error.extensions as { code?: string; reason?: string };
        const refused =
          extensions.code === 'FORBIDDEN' ||
          (extensions.code === 'UNAUTHENTICATED' && AUDITED_AUTH_REASONS.has(extensions.reason ?? ''));
        if (!refused) continue;
        audit
          .record({
            actor: ctx?.actor ?? null,
            operation: String(error.path?.[0] ?? 'graphql'),
            entityType: 'GraphQL',
            outcome: 'REFUSED',
            detail: extensions.reason ? `${error.message} (${extensions.reason})` : error.message,
            requestId: ctx?.requestId ?? null,
          })
          .catch((failure: unknown) => logger.error({ err: failure }, 'could not write a refusal to the audit log'));
      }
    };

    return {
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      graphiql: !config.production,
      allowBatchedQueries: false,
      validationRules,
      context: (request, reply) => contexts.create(request, reply),
      errorFormatter: (execution, context) => {
        const ctx = context as unknown as Partial<RequestContext> | undefined;
        const errors = (execution.errors ?? []) as GraphQLError[];
        const formatted = errors.map((error) => toClientError(error, ctx, logger));
        auditRefusals(
          formatted.map((error, index) => ({ ...errors[index], extensions: error.extensions ?? {}, message: error.message }) as GraphQLError),
          ctx,
        );
        return { statusCode: 200, response: { data: execution.data ?? null, errors: formatted } };
      },
    };
  },
};
