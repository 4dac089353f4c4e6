import { SEARCH_RULE, type InputRules } from '@corebook/server/common';

/** What the organisation area accepts beyond the input defaults (docs/security.md). */
export const ORG_INPUT_RULES: InputRules = {
  'RelationshipManagerFilter.search': SEARCH_RULE,
};
