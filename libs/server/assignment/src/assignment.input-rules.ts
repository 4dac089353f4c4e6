import { MOVE_NOTE_MAX } from '@corebook/domain';
import { SEARCH_RULE, type InputRules } from '@corebook/server/common';

/** What the assignment area accepts beyond the input defaults (docs/security.md). */
export const ASSIGNMENT_INPUT_RULES: InputRules = {
  'Mutation.reassignClient(reason:)': { maxLength: MOVE_NOTE_MAX, multiline: true },
  'PlanItemFilter.search': SEARCH_RULE,
};
