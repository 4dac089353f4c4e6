import { useCallback, useState } from 'react';

/** Previous/Next over a cursor connection: the end cursors of the pages already passed. */
export function useCursorStack() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    cursors,
    after: cursors.at(-1) ?? null,
    page: cursors.length + 1,
    hasPrevious: cursors.length > 0,
    next: useCallback((endCursor: string) => setCursors((stack) => [...stack, endCursor]), []),
    previous: useCallback(() => setCursors((stack) => stack.slice(0, -1)), []),
    reset: useCallback(() => setCursors([]), []),
  };
}
