import type { FormInstance } from 'antd';
import { readApiError, serverMessage } from '../app/errors';

/**
 * Puts the API's refusal of one field (BAD_USER_INPUT with extensions.field, e.g. "reason",
 * "workloadByTier.GOLD" or, from the input guard, "input.yearlyRequirement" with the
 * argument's name first) under that field of the form. Returns whether it did; a field the
 * form does not have is left to the alert above the form. `message` is the refusal in the
 * user's language when the caller has it (useInputProblem), else the API's sentence.
 */
export function showFieldError(form: FormInstance, error: unknown, message?: string): boolean {
  const { code, field } = readApiError(error);
  if (code !== 'BAD_USER_INPUT' || !field) return false;
  const values = form.getFieldsValue(true) as Record<string, unknown>;
  const path = field.split('.');
  const name = path[0] in values ? path : path.slice(1);
  if (!(name[0] in values)) return false;
  form.setFields([{ name, errors: [message ?? serverMessage(error) ?? field] }]);
  return true;
}
