import type { FastifyRequest } from 'fastify';
import { exportLanguage } from './downloads';
import { CorebookError } from './errors';
import { queryChoice, queryInstant, queryInt, queryText } from './query-params';

/** The field a bad input names, or 'accepted'. */
function refusal(check: () => unknown): unknown {
  try {
    check();
    return 'accepted';
  } catch (error) {
    if (error instanceof CorebookError && error.code === 'BAD_USER_INPUT')
      return error.extensions.field;
    throw error;
  }
}

describe('REST query parameters', () => {
  it('reads an absent or empty parameter as no filter', () => {
    expect([
      queryInt('year', undefined),
      queryText('operation', ''),
      queryInstant('from', ''),
    ]).toEqual([null, null, null]);
  });

  it('takes valid values', () => {
    expect(queryInt('year', '2026')).toBe(2026);
    expect(queryText('operation', 'login')).toBe('login');
    expect(queryChoice('outcome', 'REFUSED', ['OK', 'REFUSED'])).toBe('REFUSED');
    expect(queryInstant('from', '2026-12-06T16:00:00.000Z')).toEqual(
      new Date('2026-12-06T16:00:00Z'),
    );
    expect(queryInstant('to', '2026-12-07T00:00+08:00')).toEqual(new Date('2026-12-06T16:00:00Z'));
  });

  it('refuses anything else as bad input naming the parameter', () => {
    expect(refusal(() => queryInt('year', 'abc'))).toBe('year');
    expect(refusal(() => queryText('operation', ['a', 'b']))).toBe('operation');
    expect(refusal(() => queryText('operation', 'x'.repeat(201)))).toBe('operation');
    expect(refusal(() => queryText('actorUsername', 'a\u0000b'))).toBe('actorUsername');
    expect(refusal(() => queryChoice('outcome', 'MAYBE', ['OK', 'REFUSED']))).toBe('outcome');
    for (const text of ['yesterday', '2026-12-07', '2026-02-30T00:00:00Z', '0001-01-01T00:00:00Z'])
      expect(refusal(() => queryInstant('from', text))).toBe('from');
  });
});

describe('the language of an export', () => {
  const request = (acceptLanguage?: string) =>
    ({ headers: { 'accept-language': acceptLanguage } }) as unknown as FastifyRequest;

  it('is the one asked for, else the browser’s first English or Chinese, else English', () => {
    expect(exportLanguage(request('en'), 'zh-CN')).toBe('zh-CN');
    expect(exportLanguage(request('fr, zh-TW;q=0.8, en;q=0.5'), undefined)).toBe('zh-CN');
    expect(exportLanguage(request('en;q=0.9, zh;q=0'), undefined)).toBe('en');
    expect(exportLanguage(request(), undefined)).toBe('en');
  });

  it('refuses a language the exports do not speak', () => {
    expect(refusal(() => exportLanguage(request(), 'fr'))).toBe('lang');
  });
});
