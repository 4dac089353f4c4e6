import { ACTION_NOTE_MAX } from '@corebook/domain';
import type { InputRules } from '@corebook/server/common';

/** What the ranking area accepts beyond the input defaults (docs/security.md). */
export const RANKING_INPUT_RULES: InputRules = {
  'Mutation.acknowledgeEarlyWarning(note:)': { maxLength: ACTION_NOTE_MAX, multiline: true },
};
