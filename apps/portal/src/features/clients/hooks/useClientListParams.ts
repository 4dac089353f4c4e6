import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { clientListQuery, parseClientListParams, type ClientListParams } from './clientListParams';

type Change = Partial<Omit<ClientListParams, 'cursors'>>;

/** URL-backed list state. Any change of filter, sort or size starts again at page one. */
export function useClientListParams() {
  const [query, setQuery] = useSearchParams();
  const params = useMemo(() => parseClientListParams(query), [query]);

  const change = useCallback(
    (patch: Change, options: { replace?: boolean } = {}) => {
      setQuery(clientListQuery({ ...params, ...patch, cursors: [] }), { replace: options.replace });
    },
    [params, setQuery],
  );

  const nextPage = useCallback(
    (endCursor: string) =>
      setQuery(clientListQuery({ ...params, cursors: [...params.cursors, endCursor] })),
    [params, setQuery],
  );

  const previousPage = useCallback(
    () => setQuery(clientListQuery({ ...params, cursors: params.cursors.slice(0, -1) })),
    [params, setQuery],
  );

  return { params, change, nextPage, previousPage };
}
