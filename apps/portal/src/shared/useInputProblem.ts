import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeInputRule, readInputRule } from '../app/errors';

/** A form's name for one of its fields (e.g. "goldPercent" → "Gold tier (top %)"). */
export type FieldLabel = (field: string) => string;

/**
 * A FieldLabel from the translation key of each field's label; a field named with its
 * argument first ("input.goldPercent", from the input guard) is looked up without it, and a
 * field without a label is shown by its name.
 */
export function labelsFrom(t: unknown, keyOf: (field: string) => string): FieldLabel {
  const translate = t as (key: string, options: { defaultValue: string }) => string;
  return (field) => {
    const inArgument = field.split('.').slice(1).join('.');
    const fallback = inArgument ? translate(keyOf(inArgument), { defaultValue: field }) : field;
    return translate(keyOf(field), { defaultValue: fallback });
  };
}

/**
 * The user's-language sentence for a value the API refused with a rule (`errors.rules.*`),
 * or undefined when it gave none the portal knows; callers then fall back to the code.
 */
export function useInputProblem(fieldLabel?: FieldLabel): (error: unknown) => string | undefined {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const input = readInputRule(error);
      if (!input || !i18n.exists(`errors.rules.${input.rule}`)) return undefined;
      // Keys built from the API's codes: i18next's typings cannot check them.
      const translate = t as unknown as (key: string, options?: Record<string, string>) => string;
      const { key, params } = describeInputRule(
        input,
        (field) => fieldLabel?.(field) ?? field,
        (reason) => translate(`assignment.ineligible.${reason}`, { defaultValue: reason }),
        (label, value) => translate('errors.limitWithValue', { label, value }),
      );
      return translate(key, params);
    },
    [fieldLabel, i18n, t],
  );
}
