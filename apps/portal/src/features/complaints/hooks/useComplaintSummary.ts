import { useMutation, useQuery } from '@apollo/client/react';
import {
  ComplaintSummaryQuery,
  SatisfactionSettingsQuery,
  ServiceQualityQuery,
  UpdateComplaintSettingsMutation,
  UpdateSatisfactionSettingsMutation,
} from '../graphql/summary.graphql';

interface Period {
  from: string;
  to: string;
  branchId?: number;
}

/** Complaints received in a period (件件有总结): a head's branch, admin's branch or bank. */
export function useComplaintSummary(period: Period, skip = false) {
  const result = useQuery(ComplaintSummaryQuery, {
    variables: { from: period.from, to: period.to, branchId: period.branchId ?? null },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const data = result.data ?? result.previousData;
  return {
    summary: data?.complaintSummary,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

/** Each RM's complaints and satisfaction for a period: an RM their own row. */
export function useServiceQuality(period: Period) {
  const result = useQuery(ServiceQualityQuery, {
    variables: { from: period.from, to: period.to, branchId: period.branchId ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const data = result.data ?? result.previousData;
  return {
    rows: data?.serviceQuality,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

export function useSatisfactionSettings() {
  const result = useQuery(SatisfactionSettingsQuery);
  return {
    settings: result.data?.satisfactionSettings,
    loading: result.loading,
    error: result.error,
    refetch: () => result.refetch(),
  };
}

export const useUpdateComplaintSettings = () => useMutation(UpdateComplaintSettingsMutation);
export const useUpdateSatisfactionSettings = () => useMutation(UpdateSatisfactionSettingsMutation);
