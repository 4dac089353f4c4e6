import type { Rule } from 'antd/es/form';

/**
 * A form rule for a number from `min` to `max` (a whole one when `whole`). Give the
 * InputNumber no min, max or precision of its own: it would turn a typed 150 into 100, or
 * 2.5 into 3, without a word, and the form would save that.
 */
export function rangeRule(min: number, max: number, message: string, whole = false): Rule {
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
}
