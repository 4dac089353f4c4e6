import { CombinedGraphQLErrors } from '@apollo/client';
import { createInstance } from 'i18next';
import en from '../i18n/en.json';
import zhCN from '../i18n/zh-CN.json';
import {
  AUTH_REASONS,
  ERROR_CODES,
  describeApiError,
  describeInputRule,
  endsSession,
  isVersionConflict,
  readApiError,
  readInputRule,
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

describe('API errors', () => {
  it('reads code, reason, retry time and field from extensions', () => {
    expect(
      readApiError(graphqlError({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' })),
    ).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
      retryAfterSeconds: undefined,
      field: undefined,
    });
    expect(
      readApiError(graphqlError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 8 }))
        .retryAfterSeconds,
    ).toBe(8);
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
      const { key } = describeApiError(error);
      expect(typeof lookup(key)).toBe('string');
    }
  });

  it('says when a throttled sign-in may try again', () => {
    const message = describeApiError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 8 });
    expect(message).toEqual({ key: 'errors.TOO_MANY_REQUESTS_RETRY', params: { seconds: '8' } });
    expect(typeof lookup(message.key)).toBe('string');
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

describe("refused values in the user's language", () => {
  // Every rule the API gives with BAD_USER_INPUT or CONFLICT (settings, reassign, postings,
  // ranking, training, contacts and coverage).
  const RULES = [
    'RANGE',
    'WHOLE_RANGE',
    'DECIMALS',
    'NOT_BOTH_ZERO',
    'CHOICE',
    'BOOLEAN',
    'REASON_LENGTH',
    'OTHER_REASON_LENGTH',
    'ALREADY_IN_POOL',
    'ALREADY_SERVES',
    'NO_SUCH_RM',
    'RM_OTHER_BRANCH',
    'RM_LEFT',
    'RM_INELIGIBLE',
    'RM_FULL',
    'DATE_FORMAT',
    'DATE_IN_FUTURE',
    'DATE_BEFORE_CURRENT_RUN',
    'NO_FACTS_BEFORE',
    'RUN_IN_PROGRESS',
    'FILE_EMPTY',
    'FILE_TOO_LARGE',
    'FILE_TYPE',
    'FILE_NOT_XLSX',
    'FILE_NO_SHEET',
    'FILE_MISSING_COLUMNS',
    'FILE_NO_ROWS',
    'FILE_TOO_MANY_ROWS',
    'DUPLICATE_CODE',
    'DUPLICATE_RECORD',
    'RECORD_VOIDED',
    'OUTSIDE_ACTIVITY',
    'BEFORE_HIRE',
    'AFTER_LEAVING',
    'NOTHING_CHANGED',
    'CONTROL_CHARACTER',
    'TOO_LONG',
    'DATE_TIME_FORMAT',
    'ACTION_NOTE_LENGTH',
    'FOLLOW_UP_IN_PAST',
    'FOLLOW_UP_TOO_FAR',
    'DATE_TIME',
    'DATE_TOO_EARLY',
    'DATE_IN_PAST',
    'DATE_TOO_LATE',
    'EDIT_WINDOW_CLOSED',
    'CONTACT_NOT_PLANNED',
    'CONTACT_NOT_DONE',
    'REQUIRED',
    'PERIOD_TOO_LONG',
    'DATE_BEFORE_START',
    'INCIDENT_AFTER_RECEIPT',
    'HANDLER_RECUSED',
    'HANDLER_OUTSIDE_BRANCH',
    'HANDLER_NEEDED',
    'COMPLAINT_STATUS',
    'NOT_ESPECIALLY_COMPLEX',
    'ALREADY_EXTENDED',
    'NO_EXTENSION',
    'MERGE_TARGET',
    'MONEY',
    'STALE_VERSION',
  ];

  it('has a sentence for every rule in both languages', () => {
    for (const rule of RULES) {
      expect(lookup(`errors.rules.${rule}`)).toEqual(expect.any(String));
      expect((zhCN.errors.rules as Record<string, string>)[rule]).toEqual(expect.any(String));
    }
  });

  it('names the field and a limit that is another field by their labels', async () => {
    const i18n = createInstance();
    await i18n.init({
      resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
      lng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
    const refused = graphqlError({
      code: 'BAD_USER_INPUT',
      field: 'goldPercent',
      rule: 'RANGE',
      params: { min: 'platinumPercent', minValue: 10, max: 100 },
    });
    const input = readInputRule(refused)!;
    expect(input).toEqual({
      field: 'goldPercent',
      rule: 'RANGE',
      params: { min: 'platinumPercent', minValue: 10, max: 100 },
    });
    // Keys built at run time: i18next's typings cannot check them.
    const t = i18n.t.bind(i18n) as unknown as (key: string, options?: object) => string;
    const label = (field: string) => t(`settings.ranking.fields.${field}`);
    const { key, params } = describeInputRule(
      input,
      label,
      (reason) => reason,
      (name, value) => t('errors.limitWithValue', { label: name, value }),
    );
    expect(t(key, params)).toBe(
      `${label('goldPercent')}须在 ${label('platinumPercent')}（10） 到 100 之间。`,
    );
    expect(label('goldPercent')).not.toBe('goldPercent');
  });

  it('shows a date limit as the date, whatever the form calls its fields', () => {
    const input = readInputRule(
      graphqlError({
        code: 'BAD_USER_INPUT',
        field: 'plannedOn',
        rule: 'DATE_TOO_LATE',
        params: { max: '2027-05-17' },
      }),
    )!;
    const { key, params } = describeInputRule(
      input,
      (field) => (field === 'plannedOn' ? 'Plan the next step for' : field),
      (reason) => reason,
      (label) => label,
    );
    expect(key).toBe('errors.rules.DATE_TOO_LATE');
    expect(params).toEqual({ field: 'Plan the next step for', max: '2027-05-17' });
  });

  it("gives an RM's ineligibility by its reason, and nothing for errors without a rule", () => {
    const input = readInputRule(
      graphqlError({
        code: 'BAD_USER_INPUT',
        field: 'managerId',
        rule: 'RM_INELIGIBLE',
        params: { name: 'Sun Mei', reason: 'PROBATION' },
      }),
    )!;
    const { params } = describeInputRule(
      input,
      (field) => field,
      (reason) => `reason:${reason}`,
      (label) => label,
    );
    expect(params).toEqual({ field: 'managerId', name: 'Sun Mei', reason: 'reason:PROBATION' });
    expect(readInputRule(graphqlError({ code: 'BAD_USER_INPUT', field: 'x' }))).toBeUndefined();
    // A refusal sent as CONFLICT (a duplicate record) is read too: it is not a version clash.
    expect(readInputRule(graphqlError({ code: 'CONFLICT', rule: 'DUPLICATE_RECORD' }))).toEqual({
      field: undefined,
      rule: 'DUPLICATE_RECORD',
      params: {},
    });
    expect(readInputRule(graphqlError({ code: 'FORBIDDEN', rule: 'RANGE' }))).toBeUndefined();
  });

  it('tells a version clash (reload and try again) from a refusal sent as CONFLICT', () => {
    expect(isVersionConflict(graphqlError({ code: 'CONFLICT' }))).toBe(true);
    expect(isVersionConflict(graphqlError({ code: 'CONFLICT', rule: 'STALE_VERSION' }))).toBe(true);
    expect(isVersionConflict(graphqlError({ code: 'CONFLICT', rule: 'DUPLICATE_RECORD' }))).toBe(
      false,
    );
    expect(isVersionConflict(graphqlError({ code: 'BAD_USER_INPUT', rule: 'MONEY' }))).toBe(false);
  });
});
