import {
  LOCK_MINUTES,
  afterFailedLogin,
  afterSuccessfulLogin,
  isLocked,
  type LoginAttemptState,
} from './login-lockout';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 9, 0) + minutes * 60_000);
const fresh: LoginAttemptState = { failedLoginCount: 0, lockedUntil: null };

describe('sign-in lockout', () => {
  it('locks for 15 minutes on the fifth wrong password in a row', () => {
    let state = fresh;
    for (let i = 1; i <= 4; i++) {
      state = afterFailedLogin(state, at(0));
      expect(isLocked(state, at(0))).toBe(false);
    }
    state = afterFailedLogin(state, at(1));
    expect(state.lockedUntil).toEqual(at(1 + LOCK_MINUTES));
    expect(isLocked(state, at(15))).toBe(true);
    expect(isLocked(state, at(16))).toBe(false);
  });

  it('starts counting afresh once a lock has run out', () => {
    let state = fresh;
    for (let i = 0; i < 5; i++) state = afterFailedLogin(state, at(0));
    state = afterFailedLogin(state, at(30));
    expect(state).toEqual({ failedLoginCount: 1, lockedUntil: null });
  });

  it('a successful sign-in clears the count', () => {
    expect(afterSuccessfulLogin()).toEqual(fresh);
  });
});
