/**
 * Sign-in lockout: after MAX_FAILED_LOGINS wrong passwords in a row the account is
 * locked for LOCK_MINUTES; a successful sign-in clears the count.
 */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface LoginAttemptState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LoginAttemptState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailedLogin(state: LoginAttemptState, now: Date): LoginAttemptState {
  // A lock that has run out starts a fresh count.
  const previous = state.lockedUntil !== null && !isLocked(state, now) ? 0 : state.failedLoginCount;
  const failedLoginCount = previous + 1;
  if (failedLoginCount >= MAX_FAILED_LOGINS) {
    return { failedLoginCount, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) };
  }
  return { failedLoginCount, lockedUntil: null };
}

export function afterSuccessfulLogin(): LoginAttemptState {
  return { failedLoginCount: 0, lockedUntil: null };
}
