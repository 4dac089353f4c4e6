import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { auditLogQuery, parseAuditLogParams, type AuditLogParams } from './auditLogParams';

type Change = Partial<Omit<AuditLogParams, 'cursors'>>;

/** URL-backed audit log state. Any change of filter or size starts again at page one. */
export function useAuditLogParams() {
  const [query, setQuery] = useSearchParams();
  const params = useMemo(() => parseAuditLogParams(query), [query]);

  const change = useCallback(
    (patch: Change) => setQuery(auditLogQuery({ ...params, ...patch, cursors: [] })),
    [params, setQuery],
  );
  const nextPage = useCallback(
    (endCursor: string) =>
      setQuery(auditLogQuery({ ...params, cursors: [...params.cursors, endCursor] })),
    [params, setQuery],
  );
  const previousPage = useCallback(
    () => setQuery(auditLogQuery({ ...params, cursors: params.cursors.slice(0, -1) })),
    [params, setQuery],
  );
  return { params, change, nextPage, previousPage };
}
