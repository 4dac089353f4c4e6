import type { Rule } from 'antd/es/form';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Form rules for a number from `min` to `max` (a whole one when `whole`), refused with the
 * field's label in the user's language. Give the InputNumber no min, max or precision of its
 * own: it would turn a typed 150 into 100, or 2.5 into 3, without a word, and the form
 * would save that.
 */
export function useRangeRule(): (label: string, min: number, max: number, whole?: boolean) => Rule {
  const { t } = useTranslation();
  return useCallback(
    (label, min, max, whole = false) => {
      const message = t(whole ? 'errors.rules.WHOLE_RANGE' : 'errors.rules.RANGE', {
        field: label,
        min,
        max,
      });
      return {
        validator: (_rule, value: unknown) =>
          value === null ||
          value === undefined ||
          (typeof value === 'number' &&
            value >= min &&
            value <= max &&
            (!whole || Number.isInteger(value)))
            ? Promise.resolve()
            : Promise.reject(new Error(message)),
      };
    },
    [t],
  );
}
