import { useQuery } from '@apollo/client/react';
import { AuditChoicesQuery, AuditLogQuery } from '../graphql/audit.graphql';
import { auditFilter, type AuditLogParams } from './auditLogParams';

/** One page of the audit log, newest first, filtered on the server. */
export function useAuditLog(params: AuditLogParams, timeZone: string) {
  const result = useQuery(AuditLogQuery, {
    variables: {
      filter: auditFilter(params, timeZone),
      first: params.pageSize,
      after: params.cursors.at(-1) ?? null,
    },
    fetchPolicy: 'network-only',
  });
  // Keep the previous page on screen while the next one loads.
  const data = result.data ?? result.previousData;
  return {
    connection: data?.auditLog,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

/** The operations and object types the log holds, to filter by. */
export function useAuditChoices() {
  const { data } = useQuery(AuditChoicesQuery, { fetchPolicy: 'network-only' });
  return {
    operations: data?.auditChoices.operations ?? [],
    entityTypes: data?.auditChoices.entityTypes ?? [],
  };
}
