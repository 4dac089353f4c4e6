import { useQuery } from '@apollo/client/react';
import { ClientsQuery } from '../graphql/clients.graphql';
import { clientFilter, type ClientListParams } from './clientListParams';

/** One page of the clients the server lets this user see. */
export function useClients(params: ClientListParams) {
  const result = useQuery(ClientsQuery, {
    variables: {
      filter: clientFilter(params),
      sort: params.sort,
      first: params.pageSize,
      after: params.cursors.at(-1) ?? null,
    },
  });
  // Keep the previous page on screen while the next one loads.
  const data = result.data ?? result.previousData;
  return {
    connection: data?.clients,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}
