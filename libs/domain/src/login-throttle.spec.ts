import {
  FREE_FAILURES,
  MAX_DELAY_SECONDS,
  afterFailure,
  delayAfter,
  retryAfterSeconds,
  type LoginFailures,
} from './login-throttle';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 7, 9, 0, 0) + seconds * 1000);

function failTimes(times: number, start = 0): LoginFailures | null {
  let state: LoginFailures | null = null;
  for (let i = 0; i < times; i++) state = afterFailure(state, at(start + i));
  return state;
}

describe('sign-in throttling', () => {
  it('lets a source get the password wrong a few times without waiting', () => {
    expect(retryAfterSeconds(null, at(0))).toBe(0);
    expect(retryAfterSeconds(failTimes(FREE_FAILURES - 1), at(FREE_FAILURES - 1))).toBe(0);
  });

  it('then makes it wait, twice as long after each further failure, never more than 15 minutes', () => {
    expect([3, 4, 5, 6, 7].map(delayAfter)).toEqual([1, 2, 4, 8, 16]);
    expect(delayAfter(40)).toBe(MAX_DELAY_SECONDS);
    const state = failTimes(5, 0); // last failure at 4 s
    expect(retryAfterSeconds(state, at(4))).toBe(4);
    expect(retryAfterSeconds(state, at(6))).toBe(2);
    expect(retryAfterSeconds(state, at(8))).toBe(0);
  });

  it('forgets a count after a day without failures', () => {
    const state = failTimes(20);
    expect(retryAfterSeconds(state, at(19 + 60))).toBeGreaterThan(0);
    expect(retryAfterSeconds(state, at(19 + 24 * 3600 + 1))).toBe(0);
    expect(afterFailure(state, at(19 + 24 * 3600 + 1)).failures).toBe(1);
  });
});
