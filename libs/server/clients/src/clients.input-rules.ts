import { SEARCH_RULE, type InputRules } from '@corebook/server/common';

/** What the clients area accepts beyond the input defaults (docs/security.md). */
export const CLIENTS_INPUT_RULES: InputRules = {
  'ClientFilter.search': SEARCH_RULE,
};
