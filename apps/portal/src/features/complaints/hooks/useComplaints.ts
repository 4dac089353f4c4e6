import { useMutation, useQuery } from '@apollo/client/react';
import {
  ClientComplaintsQuery,
  ComplaintClientSearchQuery,
  ComplaintHandlersQuery,
  ComplaintQuery,
  ComplaintsQuery,
  RecordComplaintMutation,
} from '../graphql/complaints.graphql';
import { ComplaintSettingsQuery } from '../graphql/summary.graphql';
import { complaintFilter, type ComplaintListParams } from './complaintListParams';

/** One page of the complaints in the caller's scope, newest received first. */
export function useComplaints(params: ComplaintListParams) {
  const result = useQuery(ComplaintsQuery, {
    variables: {
      filter: complaintFilter(params),
      first: params.pageSize,
      after: params.cursors.at(-1) ?? null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const data = result.data ?? result.previousData;
  return {
    connection: data?.complaints,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

/** The newest complaints of one client, for the client page. */
export function useClientComplaints(clientId: string, first: number, skip: boolean) {
  const result = useQuery(ClientComplaintsQuery, {
    variables: { clientId, first },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  return {
    complaints: result.data?.client.complaints,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

export function useComplaint(id: string) {
  const result = useQuery(ComplaintQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return {
    complaint: result.data?.complaint,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

/** The deadlines in force: whether a case may still be extended. */
export function useComplaintSettings() {
  const result = useQuery(ComplaintSettingsQuery);
  return {
    settings: result.data?.complaintSettings,
    loading: result.loading,
    error: result.error,
    refetch: () => result.refetch(),
  };
}

export function useComplaintHandlers(id: string) {
  const result = useQuery(ComplaintHandlersQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  return { handlers: result.data?.complaintHandlers ?? [], loading: result.loading };
}

/** Clients by part of the name or the client number, for recording a complaint. */
export function useClientSearch(search: string | null) {
  const result = useQuery(ComplaintClientSearchQuery, { variables: { search } });
  const data = result.data ?? result.previousData;
  return { clients: data?.clients.edges.map((e) => e.node) ?? [], loading: result.loading };
}

// A change shows in the lists, the client page and the summaries: read them again.
export const COMPLAINT_REFETCH = [
  'Complaints',
  'ClientComplaints',
  'ComplaintSummary',
  'ServiceQuality',
];

export function useRecordComplaint() {
  return useMutation(RecordComplaintMutation, { refetchQueries: COMPLAINT_REFETCH });
}
