import type { AuditDetailCode, AuditOperation } from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { RequestContextFactory } from '@corebook/server/auth';
import { APP_CONFIG, LOGGER, type AppConfig, type RequestContext } from '@corebook/server/common';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import {
  GraphQLError,
  GraphQLObjectType,
  NoSchemaIntrospectionCustomRule,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { Logger } from 'pino';
import { AnonymousRefusals } from './anonymous-refusals';
import { requestStatusOf, toClientError } from './graphql-errors';
import { withInputGuard } from './input-guard';
import { INPUT_RULES } from './input-rules';

function asGraphQLError(error: Error | GraphQLError): GraphQLError {
  return error instanceof GraphQLError
    ? error
    : new GraphQLError(error.message, { originalError: error });
}

/**
 * NestJS gives every plain `@Field` a resolver that only reads the property. graphql-jit
 * reads a field without a resolver inline, but calls a resolver with a fresh resolve-info
 * object per field per row: a first page of 50 clients made about a third of a request's
 * garbage that way (docs/benchmarks.md). Dropping those trivial resolvers leaves the
 * default (read the property), which is what they did; fields with middleware, a default
 * value or a real resolver are untouched.
 */
export function withoutTrivialResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as ((root: object) => unknown) | undefined;
      // NestJS's property reader answers a field's default value for a missing property.
      if (resolve?.name === 'rootFieldResolver' && resolve({}) === undefined) {
        field.resolve = undefined;
      }
    }
  }
  return schema;
}

/** Query limits: depth, aliases and cost. */
export const GRAPHQL_LIMITS = { maxAliases: 15, maxCost: 20_000 } as const;

/** The refused sign-ins worth a line in the audit log, and how each is noted there. */
const AUDITED_AUTH_REASONS: Readonly<Record<string, AuditDetailCode>> = {
  TOKEN_INVALID: 'CALL_TOKEN_INVALID',
  TOKEN_REVOKED: 'CALL_TOKEN_REVOKED',
  ACCOUNT_DISABLED: 'CALL_ACCOUNT_DISABLED',
};

export const graphqlOptionsProvider = {
  inject: [APP_CONFIG, LOGGER, RequestContextFactory, AuditService, AnonymousRefusals],
  useFactory: (
    config: AppConfig,
    logger: Logger,
    contexts: RequestContextFactory,
    audit: AuditService,
    anonymous: AnonymousRefusals,
  ): MercuriusDriverConfig => {
    // The limits count introspection and __typename like any other field.
    const validationRules: ValidationRule[] = [
      maxDepthRule({ n: config.graphqlMaxDepth, ignoreIntrospection: false, exposeLimits: false }),
      maxAliasesRule({ n: GRAPHQL_LIMITS.maxAliases, allowList: [], exposeLimits: false }),
      costLimitRule({
        maxCost: GRAPHQL_LIMITS.maxCost,
        ignoreIntrospection: false,
        exposeLimits: false,
      }),
    ];
    if (!config.introspection) validationRules.push(NoSchemaIntrospectionCustomRule);

    /** Refusals are part of the audit trail: who tried what, and was told no. */
    const auditRefusals = (
      errors: readonly GraphQLError[],
      ctx: Partial<RequestContext> | undefined,
    ) => {
      for (const error of errors) {
        const extensions = error.extensions as { code?: string; reason?: string };
        if (extensions.code === 'UNAUTHENTICATED' && extensions.reason === 'TOKEN_MISSING') {
          anonymous.count(ctx?.request?.ip ?? 'unknown');
          continue;
        }
        const refused =
          extensions.code === 'FORBIDDEN' ||
          (extensions.code === 'UNAUTHENTICATED' &&
            Object.hasOwn(AUDITED_AUTH_REASONS, extensions.reason ?? ''));
        if (!refused) continue;
        audit.recordDetached(
          {
            actor: ctx?.actor ?? null,
            // The refused Query or Mutation field (each has a label: audit-labels.spec).
            operation: String(error.path?.[0] ?? 'graphql') as AuditOperation,
            entityType: 'GraphQL',
            outcome: 'REFUSED',
            note: {
              code:
                extensions.code === 'FORBIDDEN'
                  ? 'CALL_FORBIDDEN'
                  : AUDITED_AUTH_REASONS[extensions.reason ?? ''],
              values: {
                message:
                  extensions.code === 'FORBIDDEN' && extensions.reason
                    ? `${error.message} (${extensions.reason})`
                    : error.message,
              },
            },
            requestId: ctx?.requestId ?? null,
          },
          (failure) => logger.error({ err: failure }, 'could not write a refusal to the audit log'),
        );
      }
    };

    return {
      autoSchemaFile: true,
      transformSchema: (schema) => withInputGuard(INPUT_RULES)(withoutTrivialResolvers(schema)),
      sortSchema: true,
      path: '/graphql',
      graphiql: config.introspection,
      allowBatchedQueries: false,
      // Compile a query to JavaScript with graphql-jit once it has been seen twice.
      jit: 1,
      validationRules,
      context: (request, reply) => contexts.create(request, reply),
      errorFormatter: (execution, context) => {
        const ctx = context as unknown as Partial<RequestContext> | undefined;
        // Mercurius wraps request-level failures (parse, validation, a GET mutation) in one
        // error carrying the real ones; they keep the wrapper's HTTP status.
        const errors = ((execution.errors ?? []) as GraphQLError[]).flatMap((error) => {
          const wrapper = error.originalError as { errors?: unknown } | undefined;
          const inner = wrapper?.errors;
          if (!Array.isArray(inner)) return [error];
          const status = requestStatusOf(wrapper);
          return (inner as (Error | GraphQLError)[]).map((cause) =>
            cause instanceof GraphQLError || status === null
              ? asGraphQLError(cause)
              : new GraphQLError(cause.message, {
                  originalError: Object.assign(new Error(cause.message), { statusCode: status }),
                }),
          );
        });
        const formatted = errors.map((error) => toClientError(error, ctx, logger));
        auditRefusals(
          formatted.map(
            (error, index) =>
              ({
                ...errors[index],
                extensions: error.extensions ?? {},
                message: error.message,
              }) as GraphQLError,
          ),
          ctx,
        );
        // A request refused before execution answers with its HTTP status (400 for a query
        // GraphQL could not validate); the rest follow graphql-over-http with 200.
        const statuses = ((execution.errors ?? []) as GraphQLError[])
          .map((error) => requestStatusOf(error.originalError))
          .filter((status): status is number => status !== null);
        return {
          statusCode: execution.data ? 200 : (statuses[0] ?? 200),
          response: { data: execution.data ?? null, errors: formatted },
        };
      },
    };
  },
};
