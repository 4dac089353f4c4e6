// A REST route's query parameters, checked as the GraphQL input guard checks arguments: a
// parameter absent or empty means "no filter"; anything else must be valid, or the route
// answers BAD_USER_INPUT naming it (a repeated parameter arrives as a list and is refused).
import { controlCharacterIn, isIsoDate } from '@corebook/domain';
import { badInput } from './errors';
import { INPUT_DEFAULTS } from './input-rules';

function given(name: string, value: unknown): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw badInput(name, `${name} must be given once`);
  return value;
}

export function queryInt(name: string, value: unknown): number | null {
  const text = given(name, value);
  if (text === null) return null;
  if (!/^\d{1,9}$/.test(text)) throw badInput(name, `${name} must be a whole number`);
  return Number(text);
}

/** One line of text, as long as a GraphQL String may be. */
export function queryText(name: string, value: unknown): string | null {
  const text = given(name, value);
  if (text === null) return null;
  if (text.length > INPUT_DEFAULTS.maxLength)
    throw badInput(name, `${name} must be at most ${INPUT_DEFAULTS.maxLength} characters`);
  if (controlCharacterIn(text, false)) throw badInput(name, `${name} holds a control character`);
  return text;
}

export function queryChoice<T extends string>(
  name: string,
  value: unknown,
  choices: readonly T[],
): T | null {
  const text = given(name, value);
  if (text === null) return null;
  if (!(choices as readonly string[]).includes(text))
    throw badInput(name, `${name} must be one of ${choices.join(', ')}`);
  return text as T;
}

/** `true` or `false`. */
export function queryBoolean(name: string, value: unknown): boolean | null {
  const text = given(name, value);
  if (text === null) return null;
  if (text !== 'true' && text !== 'false') throw badInput(name, `${name} must be true or false`);
  return text === 'true';
}

const ISO_INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant written in ISO 8601 with its offset, e.g. 2026-12-06T16:00:00.000Z. */
export function queryInstant(name: string, value: unknown): Date | null {
  const text = given(name, value);
  if (text === null) return null;
  const match = ISO_INSTANT.exec(text);
  const at = new Date(text);
  const year = Number(match?.[1]);
  if (
    !match ||
    !isIsoDate(text.slice(0, 10)) ||
    Number.isNaN(at.getTime()) ||
    year < INPUT_DEFAULTS.firstYear ||
    year > INPUT_DEFAULTS.lastYear
  )
    throw badInput(name, `${name} must be a date and time such as 2026-12-06T16:00:00Z`);
  return at;
}
