import { useMemo } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { AcknowledgeEarlyWarningMutation, EarlyWarningsQuery } from '../graphql/ranking.graphql';

/** Open warnings are few (core clients entering decline); one page covers a book. */
export const WARNINGS_PAGE = 100;

/** The open early warnings in the caller's scope, optionally of one client. */
export function useEarlyWarnings(options: { clientId?: string; skip?: boolean } = {}) {
  const result = useQuery(EarlyWarningsQuery, {
    variables: { first: WARNINGS_PAGE, clientId: options.clientId ?? null },
    skip: options.skip,
  });
  const connection = (result.data ?? result.previousData)?.earlyWarnings;
  const warnings = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const clientIds = useMemo(() => new Set(warnings.map((w) => w.client.id)), [warnings]);
  return {
    warnings,
    clientIds,
    totalCount: connection?.totalCount ?? 0,
    loading: result.loading && !connection,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

export function useAcknowledgeWarning() {
  return useMutation(AcknowledgeEarlyWarningMutation, { refetchQueries: ['EarlyWarnings'] });
}
