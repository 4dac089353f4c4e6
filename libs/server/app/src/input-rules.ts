import { ASSIGNMENT_INPUT_RULES } from '@corebook/server/assignment';
import { CLIENTS_INPUT_RULES } from '@corebook/server/clients';
import type { InputRules } from '@corebook/server/common';
import { ORG_INPUT_RULES } from '@corebook/server/org';
import { RANKING_INPUT_RULES } from '@corebook/server/ranking';
import { SERVICING_INPUT_RULES } from '@corebook/server/servicing';
import { TRAINING_INPUT_RULES } from '@corebook/server/training';

/** Every area's input rules (their `*.input-rules.ts`), for the input guard. */
export const INPUT_RULES: InputRules = {
  ...ASSIGNMENT_INPUT_RULES,
  ...CLIENTS_INPUT_RULES,
  ...ORG_INPUT_RULES,
  ...RANKING_INPUT_RULES,
  ...SERVICING_INPUT_RULES,
  ...TRAINING_INPUT_RULES,
};
