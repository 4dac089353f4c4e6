import { CombinedGraphQLErrors } from '@apollo/client';
import en from '../i18n/en.json';
import {
  AUTH_REASONS,
  ERROR_CODES,
  describeApiError,
  endsSession,
  readApiError,
  serverMessage,
  type ApiError,
} from './errors';

function graphqlError(extensions: Record<string, unknown>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });
}

function lookup(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

const formatDateTime = (iso: string) => `at ${iso}`;

describe('API errors', () => {
  it('reads code, reason, lock time and field from extensions', () => {
    expect(
      readApiError(
        graphqlError({
          code: 'UNAUTHENTICATED',
          reason: 'ACCOUNT_LOCKED',
          lockedUntil: '2026-01-01T10:15:00Z',
        }),
      ),
    ).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'ACCOUNT_LOCKED',
      lockedUntil: '2026-01-01T10:15:00Z',
      field: undefined,
    });
    expect(readApiError(graphqlError({ code: 'BAD_USER_INPUT', field: 'newPassword' })).field).toBe(
      'newPassword',
    );
    expect(readApiError(graphqlError({ code: 'INTERNAL_SERVER_ERROR' })).code).toBe('UNKNOWN');
    expect(readApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('has an English message for every code and sign-in reason', () => {
    const cases: ApiError[] = [
      ...ERROR_CODES.map((code) => ({ code })),
      ...AUTH_REASONS.map((reason) => ({ code: 'UNAUTHENTICATED' as const, reason })),
      { code: 'NETWORK' },
      { code: 'UNKNOWN' },
    ];
    for (const error of cases) {
      const { key } = describeApiError(error, formatDateTime);
      expect(typeof lookup(key)).toBe('string');
    }
  });

  it('says until when a locked account stays locked', () => {
    const message = describeApiError(
      { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED', lockedUntil: '2026-01-01T10:15:00Z' },
      formatDateTime,
    );
    expect(message).toEqual({
      key: 'errors.ACCOUNT_LOCKED_UNTIL',
      params: { until: 'at 2026-01-01T10:15:00Z' },
    });
  });

  it('ends the session on token problems but not on a wrong password', () => {
    expect(endsSession({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' })).toBe(true);
    expect(endsSession({ code: 'UNAUTHENTICATED' })).toBe(true);
    expect(endsSession({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' })).toBe(false);
    expect(endsSession({ code: 'FORBIDDEN' })).toBe(false);
  });
});

describe('serverMessage', () => {
  it('returns the API sentence of a GraphQL error and nothing for other failures', () => {
    const refused = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'The header (line 1) lacks the column(s): hours',
          extensions: { code: 'BAD_USER_INPUT', field: 'file' },
        },
      ],
    });
    expect(serverMessage(refused)).toBe('The header (line 1) lacks the column(s): hours');
    expect(serverMessage(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});
