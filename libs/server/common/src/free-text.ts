import { badInput } from './errors';

/**
 * A person's free text (a note, a summary), trimmed and bounded: BAD_USER_INPUT naming the
 * field with rule TOO_LONG (or REQUIRED when it must say something). The input guard bounds
 * the raw length too; this is what the services store.
 */
export function freeText(
  field: string,
  text: string | null | undefined,
  max: number,
  required = false,
): string {
  const trimmed = (text ?? '').trim();
  if (required && trimmed.length === 0)
    throw badInput(field, `${field} is required`, { rule: 'REQUIRED' });
  if (trimmed.length > max)
    throw badInput(field, `${field} must be at most ${max} characters`, {
      rule: 'TOO_LONG',
      params: { max },
    });
  return trimmed;
}
