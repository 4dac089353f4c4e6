/**
 * Sign-in throttling (OWASP Authentication Cheat Sheet): no lockout that a stranger can
 * trigger. Wrong passwords are counted per account and source address; after FREE_FAILURES
 * of them, that source must wait before it tries that account again, twice as long after
 * each further failure (1 s, 2 s, 4 s … at most 15 minutes). The owner signing in from
 * elsewhere is not slowed at all, and a success clears the count. Unknown usernames are
 * counted the same way, so no answer tells whether an account exists.
 */
export const FREE_FAILURES = 3;
export const FIRST_DELAY_SECONDS = 1;
export const MAX_DELAY_SECONDS = 15 * 60;
/** A count this old is forgotten: the source starts again with its free failures. */
export const FAILURES_FORGOTTEN_AFTER_SECONDS = 24 * 60 * 60;

export interface LoginFailures {
  failures: number;
  lastFailedAt: Date;
}

function current(state: LoginFailures | null, now: Date): LoginFailures | null {
  if (!state) return null;
  const age = (now.getTime() - state.lastFailedAt.getTime()) / 1000;
  return age > FAILURES_FORGOTTEN_AFTER_SECONDS ? null : state;
}

/** How long the source must wait after `failures` wrong passwords in a row. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** Seconds until the source may try this account again; 0 when it may now. */
export function retryAfterSeconds(state: LoginFailures | null, now: Date): number {
  const counted = current(state, now);
  if (!counted) return 0;
  const waited = (now.getTime() - counted.lastFailedAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(delayAfter(counted.failures) - waited));
}

/** The count after one more wrong password. */
export function afterFailure(state: LoginFailures | null, now: Date): LoginFailures {
  return { failures: (current(state, now)?.failures ?? 0) + 1, lastFailedAt: now };
}
