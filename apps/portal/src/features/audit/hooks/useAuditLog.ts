import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { AuditFilterInput } from '../../../gql/graphql';
import type { PageSize } from '../../../shared/pageSizes';
import { useCursorStack } from '../../../shared/useCursorStack';
import { AuditLogQuery } from '../graphql/audit.graphql';

/** The audit log, newest first, filtered and paged on the server. */
export function useAuditLog() {
  const [filter, setFilterState] = useState<AuditFilterInput>({});
  const [pageSize, setPageSizeState] = useState<PageSize>(50);
  const pager = useCursorStack();

  const result = useQuery(AuditLogQuery, {
    variables: { filter, first: pageSize, after: pager.after },
    fetchPolicy: 'network-only',
  });
  const data = result.data ?? result.previousData;

  return {
    connection: data?.auditLog,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
    pager,
    pageSize,
    setPageSize: (size: PageSize) => {
      pager.reset();
      setPageSizeState(size);
    },
    setFilter: (next: AuditFilterInput) => {
      pager.reset();
      setFilterState(next);
    },
  };
}
