// One place that turns API failures into something a user can read. The server puts a
// code (and for sign-in a reason) in `extensions`; everything else is a network problem.
import { CombinedGraphQLErrors } from '@apollo/client';
import type en from '../i18n/en.json';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const AUTH_REASONS = [
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'TOKEN_EXPIRED',
  'TOKEN_INVALID',
  'TOKEN_REVOKED',
  'TOKEN_MISSING',
] as const;
export type AuthReason = (typeof AUTH_REASONS)[number];

export interface ApiError {
  /** A code from the API, or NETWORK / UNKNOWN when the API gave none. */
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  reason?: AuthReason;
  /** With TOO_MANY_REQUESTS: when to try again. */
  retryAfterSeconds?: number;
  field?: string;
}

type ErrorMessageKey = `errors.${keyof typeof en.errors}`;
export interface ErrorMessage {
  key: ErrorMessageKey;
  params?: Record<string, string>;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Reads the first GraphQL error's extensions; anything without one is a network failure. */
export function readApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const ext = error.errors[0]?.extensions ?? {};
    const code = ext['code'];
    if (!includes(ERROR_CODES, code)) return { code: 'UNKNOWN' };
    const reason = ext['reason'];
    return {
      code,
      reason: includes(AUTH_REASONS, reason) ? reason : undefined,
      retryAfterSeconds:
        typeof ext['retryAfterSeconds'] === 'number' ? ext['retryAfterSeconds'] : undefined,
      field: asString(ext['field']),
    };
  }
  if (
    error instanceof Error &&
    /fetch|network|Failed to|ECONN|status code 5/i.test(error.message)
  ) {
    return { code: 'NETWORK' };
  }
  return { code: error ? 'UNKNOWN' : 'NETWORK' };
}

/**
 * The API's own sentence for a refusal (English), e.g. why an import file was refused.
 * Forms show it next to the translated code; it says which value to fix.
 */
export function serverMessage(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return asString(error.errors[0]?.message);
}

/** A string the API put in the first error's extensions (e.g. why a plan is stale). */
export function errorExtension(error: unknown, name: string): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return asString(error.errors[0]?.extensions?.[name]);
}

/**
 * Why the API refused a value (BAD_USER_INPUT) or an action (CONFLICT), as a rule code and
 * the values its sentence needs (e.g. RANGE with min and max; a limit may name another
 * field), when it gave one.
 */
export interface InputRule {
  field?: string;
  rule: string;
  params: Record<string, unknown>;
}

export function readInputRule(error: unknown): InputRule | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const ext = error.errors[0]?.extensions ?? {};
  const rule = asString(ext['rule']);
  if ((ext['code'] !== 'BAD_USER_INPUT' && ext['code'] !== 'CONFLICT') || !rule) return undefined;
  const params = ext['params'];
  return {
    field: asString(ext['field']),
    rule,
    params: typeof params === 'object' && params !== null ? (params as InputRule['params']) : {},
  };
}

/**
 * Someone else saved first: a CONFLICT without a rule, or with STALE_VERSION (the record's
 * version moved on). Other CONFLICTs with a rule (a duplicate, a voided record) are refusals.
 */
export function isVersionConflict(error: unknown): boolean {
  if (readApiError(error).code !== 'CONFLICT') return false;
  const rule = readInputRule(error)?.rule;
  return rule === undefined || rule === 'STALE_VERSION';
}

/** Limits that name another field are shown by that field's label (and value, if sent). */
const FIELD_PARAMS = ['min', 'max', 'other'];

/**
 * The translation key and parameters for a refused value (`errors.rules.<rule>`): the field
 * and any limit naming a field by their labels, with the value the API says it had
 * (`minValue`), an RM's ineligibility by its reason's text.
 */
export function describeInputRule(
  input: InputRule,
  label: (field: string) => string,
  reasonText: (reason: string) => string,
  withValue: (label: string, value: string) => string,
): { key: string; params: Record<string, string> } {
  const params: Record<string, string> = { field: input.field ? label(input.field) : '' };
  for (const [name, value] of Object.entries(input.params)) {
    const limitValue = input.params[`${name}Value`];
    const known = typeof limitValue === 'number' || typeof limitValue === 'string';
    params[name] =
      typeof value === 'string' && FIELD_PARAMS.includes(name)
        ? known
          ? withValue(label(value), String(limitValue))
          : label(value)
        : String(value);
  }
  if (input.rule === 'RM_INELIGIBLE' && params['reason'])
    params['reason'] = reasonText(params['reason']);
  return { key: `errors.rules.${input.rule}`, params };
}

/** The translation key (and parameters) that explain an error to the user. */
export function describeApiError(error: ApiError): ErrorMessage {
  if (error.code === 'UNAUTHENTICATED' && error.reason) return { key: `errors.${error.reason}` };
  if (error.code === 'TOO_MANY_REQUESTS' && error.retryAfterSeconds !== undefined) {
    return {
      key: 'errors.TOO_MANY_REQUESTS_RETRY',
      params: { seconds: String(error.retryAfterSeconds) },
    };
  }
  if (error.code === 'BAD_USER_INPUT' && error.field) {
    return { key: 'errors.BAD_USER_INPUT_FIELD', params: { field: error.field } };
  }
  return { key: `errors.${error.code}` };
}

/**
 * True when the error means the browser no longer holds a valid session, so the portal
 * must return to sign-in. Wrong credentials (sign-in, or the current password on a
 * password change) are answers to a form, not the end of the session.
 */
export function endsSession(error: ApiError): boolean {
  return error.code === 'UNAUTHENTICATED' && error.reason !== 'INVALID_CREDENTIALS';
}

/** Out-of-scope and missing records look the same to the user, by design. */
export function isNotInScope(error: ApiError): boolean {
  return error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN';
}
