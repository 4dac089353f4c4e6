import { useQuery } from '@apollo/client/react';
import type { PageSize } from '../../../shared/pageSizes';
import { ClientServicingQuery, ClientTimelineQuery } from '../graphql/servicing.graphql';

export const TIMELINE_PAGE = 20;

/** A client's contact cycle now and one page of its contacts, newest first. */
export function useClientServicing(clientId: string, pageSize: PageSize, after: string | null) {
  const result = useQuery(ClientServicingQuery, {
    variables: { id: clientId, first: pageSize, after },
  });
  const client = (result.data ?? result.previousData)?.client;
  return {
    cycle: client?.cycle,
    contacts: client?.contacts,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

/** One page of a client's timeline; "load more" shows the next page below it. */
export function useTimelinePage(clientId: string, after: string | null) {
  const result = useQuery(ClientTimelineQuery, {
    variables: { clientId, first: TIMELINE_PAGE, after },
  });
  return {
    page: result.data?.clientTimeline,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}
