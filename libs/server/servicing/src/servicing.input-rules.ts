import { CONTACT_LIMITS } from '@corebook/domain';
import type { InputRule, InputRules } from '@corebook/server/common';

const NOTES: InputRule = { maxLength: CONTACT_LIMITS.notes, multiline: true };
const NEXT_STEP: InputRule = { maxLength: CONTACT_LIMITS.nextStep, multiline: true };

/** What the servicing area accepts beyond the input defaults (docs/security.md). */
export const SERVICING_INPUT_RULES: InputRules = {
  'ContactInput.notes': NOTES,
  'ContactInput.nextStep': NEXT_STEP,
  'ContactEdit.notes': NOTES,
  'ContactEdit.nextStep': NEXT_STEP,
  'PlannedContactInput.notes': NOTES,
  'ContactCompletion.notes': NOTES,
  'ContactCompletion.nextStep': NEXT_STEP,
  'Mutation.cancelPlannedContact(reason:)': { maxLength: CONTACT_LIMITS.reason, multiline: true },
  'Mutation.addContactAddendum(text:)': { maxLength: CONTACT_LIMITS.addendum, multiline: true },
};
