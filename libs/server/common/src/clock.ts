/**
 * The time as the API sees it, injected (CLOCK) where a rule depends on it, so tests move it
 * instead of waiting: session expiry and sign-in throttling. Dates written by PostgreSQL
 * (now()) are the database's own.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => Date.now() };
