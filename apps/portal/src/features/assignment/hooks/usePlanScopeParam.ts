import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { formatPlanScope, parsePlanScope, type PlanScope } from './planScope';

/** The branch (or the whole bank) an admin is looking at on the board, kept in the URL. */
export function usePlanScopeParam(): [
  PlanScope | undefined,
  (scope: PlanScope | undefined) => void,
] {
  const [query, setQuery] = useSearchParams();
  const scope = parsePlanScope(query.get('branch'));
  const setScope = useCallback(
    (next: PlanScope | undefined) =>
      setQuery(
        next === undefined
          ? new URLSearchParams()
          : new URLSearchParams({ branch: formatPlanScope(next) }),
      ),
    [setQuery],
  );
  return [scope, setScope];
}
