import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The branch an admin is looking at, kept in the URL (?branch=12) so the view can be shared. */
export function useBranchParam(): [number | undefined, (branchId: number | undefined) => void] {
  const [query, setQuery] = useSearchParams();
  const raw = query.get('branch');
  const branchId = raw && /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
  const setBranchId = useCallback(
    (next: number | undefined) =>
      setQuery(next ? new URLSearchParams({ branch: String(next) }) : new URLSearchParams()),
    [setQuery],
  );
  return [branchId, setBranchId];
}
