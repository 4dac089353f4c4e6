import { useMemo } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  AcknowledgeEarlyWarningMutation,
  EarlyWarningsQuery,
  WarningHistoryQuery,
} from '../graphql/ranking.graphql';

/**
 * Open warnings are few (core clients entering decline); the card shows one page and says
 * when there are more. Each client row flags its own warning (Client.openEarlyWarning).
 */
export const WARNINGS_PAGE = 100;

/** The open early warnings in the caller's scope, optionally of one client. */
export function useEarlyWarnings(options: { clientId?: string; skip?: boolean } = {}) {
  const result = useQuery(EarlyWarningsQuery, {
    variables: { first: WARNINGS_PAGE, clientId: options.clientId ?? null },
    skip: options.skip,
  });
  const connection = (result.data ?? result.previousData)?.earlyWarnings;
  const warnings = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  return {
    warnings,
    totalCount: connection?.totalCount ?? 0,
    loading: result.loading && !connection,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

// The client list flags each client's latest open warning; an older one may now show. The
// client's page adds the action to its warning history.
export function useAcknowledgeWarning() {
  return useMutation(AcknowledgeEarlyWarningMutation, {
    refetchQueries: ['EarlyWarnings', 'Clients', 'WarningHistory'],
  });
}

/** A client's acknowledged warnings with what was done about each, newest first. */
export function useWarningHistory(clientId: string) {
  const result = useQuery(WarningHistoryQuery, { variables: { clientId } });
  const acted = useMemo(
    () =>
      (result.data?.earlyWarnings.edges ?? [])
        .map((edge) => edge.node)
        .filter((warning) => warning.acknowledgedAt !== null),
    [result.data],
  );
  return { acted, error: result.error };
}
