import { useQuery } from '@apollo/client/react';
import { ClientQuery } from '../graphql/clients.graphql';

export const TREND_MONTHS = 24;
/** Ranking runs shown in the value history. */
export const HISTORY_RUNS = 12;

/** A client's profile, products and monthly facts for the value trend. */
export function useClient(id: string) {
  const result = useQuery(ClientQuery, {
    variables: { id, months: TREND_MONTHS, runs: HISTORY_RUNS },
  });
  return {
    client: result.data?.client,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}
