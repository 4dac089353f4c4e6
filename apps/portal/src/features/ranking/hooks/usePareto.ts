import { useQuery } from '@apollo/client/react';
import { ParetoQuery } from '../graphql/ranking.graphql';

/** Value concentration of the latest completed run: the bank and the branches in scope. */
export function usePareto() {
  const result = useQuery(ParetoQuery);
  return {
    pareto: result.data?.pareto,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}
