import { SEARCH_RULE, type InputRules } from '@corebook/server/common';
import { REASON_MAX } from './reassign.service';

/** What the assignment area accepts beyond the input defaults (docs/security.md). */
export const ASSIGNMENT_INPUT_RULES: InputRules = {
  'Mutation.reassignClient(reason:)': { maxLength: REASON_MAX, multiline: true },
  'PlanItemFilter.search': SEARCH_RULE,
};
