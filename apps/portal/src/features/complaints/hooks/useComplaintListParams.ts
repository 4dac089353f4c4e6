import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  complaintListQuery,
  parseComplaintListParams,
  type ComplaintListParams,
} from './complaintListParams';

type Change = Partial<Omit<ComplaintListParams, 'cursors'>>;

/** URL-backed list state; any change of filter or size starts again at page one. */
export function useComplaintListParams() {
  const [query, setQuery] = useSearchParams();
  const params = useMemo(() => parseComplaintListParams(query), [query]);
  const change = useCallback(
    (patch: Change) => setQuery(complaintListQuery({ ...params, ...patch, cursors: [] })),
    [params, setQuery],
  );
  const nextPage = useCallback(
    (endCursor: string) =>
      setQuery(complaintListQuery({ ...params, cursors: [...params.cursors, endCursor] })),
    [params, setQuery],
  );
  const previousPage = useCallback(
    () => setQuery(complaintListQuery({ ...params, cursors: params.cursors.slice(0, -1) })),
    [params, setQuery],
  );
  return { params, change, nextPage, previousPage };
}
