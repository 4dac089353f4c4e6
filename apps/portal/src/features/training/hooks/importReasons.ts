import type { TFunction } from 'i18next';

/**
 * An imported line's reason in the reader's language, from its code and parameters; a
 * line stored before reasons had codes keeps its English text.
 */
export function importLineReason(
  t: TFunction,
  line: { reason?: string | null; reasonCode?: string | null; reasonParams?: unknown },
): string | null {
  if (!line.reasonCode) return line.reason ?? null;
  const params = (line.reasonParams ?? {}) as Record<string, string | number>;
  return t(`training.import.lineReasons.${line.reasonCode}`, {
    ...params,
    defaultValue: line.reason ?? line.reasonCode,
  });
}
