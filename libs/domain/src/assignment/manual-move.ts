import { meaningfulLength } from '../text';

/**
 * Moving a client by hand (docs/domain.md rule 3): a branch head says why with a code from
 * this list and a note. The note must say something: at least MOVE_NOTE_MIN letters or
 * digits, and OTHER, which says nothing by itself, at least OTHER_MOVE_NOTE_MIN.
 */
export const MANUAL_MOVE_REASONS = [
  'CLIENT_REQUEST',
  'RM_LEFT',
  'RM_CAPACITY',
  'CONFLICT_OF_INTEREST',
  'SERVICE_QUALITY',
  'BRANCH_CHANGE',
  'OTHER',
] as const;
export type ManualMoveReason = (typeof MANUAL_MOVE_REASONS)[number];

export const MOVE_NOTE_MIN = 5;
export const OTHER_MOVE_NOTE_MIN = 20;
export const MOVE_NOTE_MAX = 500;

/** Why a note is refused, as a rule code the portal translates with its params. */
export interface NoteProblem {
  rule: 'REASON_LENGTH' | 'OTHER_REASON_LENGTH';
  message: string;
  params: { min: number; max: number };
}

/** The first problem with a manual move's note (already trimmed), or null. */
export function moveNoteProblem(reason: ManualMoveReason, note: string): NoteProblem | null {
  const other = reason === 'OTHER';
  const min = other ? OTHER_MOVE_NOTE_MIN : MOVE_NOTE_MIN;
  if (meaningfulLength(note) >= min && note.length <= MOVE_NOTE_MAX) return null;
  return {
    rule: other ? 'OTHER_REASON_LENGTH' : 'REASON_LENGTH',
    message: other
      ? `With OTHER, say what the reason is in ${min} to ${MOVE_NOTE_MAX} characters`
      : `Give a reason of ${min} to ${MOVE_NOTE_MAX} characters`,
    params: { min, max: MOVE_NOTE_MAX },
  };
}
