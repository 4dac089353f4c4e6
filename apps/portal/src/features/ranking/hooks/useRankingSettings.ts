import { useMutation, useQuery } from '@apollo/client/react';
import { RankingSettingsQuery, UpdateRankingSettingsMutation } from '../graphql/ranking.graphql';

export function useRankingSettings() {
  const result = useQuery(RankingSettingsQuery, { fetchPolicy: 'network-only' });
  return {
    settings: result.data?.rankingSettings,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch().catch(() => undefined),
  };
}

export function useUpdateRankingSettings() {
  return useMutation(UpdateRankingSettingsMutation);
}
