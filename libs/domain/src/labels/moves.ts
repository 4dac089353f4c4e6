import type { ManualMoveReason } from '../assignment/manual-move';

type MovedBecause = { [K in ManualMoveReason as `MOVED_${K}`]: string };

/**
 * The audit details of manual moves in one language, one per reason: the reason's word,
 * then the branch head's own note as written ("Client's request: {{note}}").
 */
export function movedBecause(
  reasons: Readonly<Record<ManualMoveReason, string>>,
  separator: string,
): MovedBecause {
  return Object.fromEntries(
    Object.entries(reasons).map(([code, word]) => [`MOVED_${code}`, `${word}${separator}{{note}}`]),
  ) as MovedBecause;
}
