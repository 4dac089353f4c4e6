import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { LatestRankingRunQuery, RunCoreRankingMutation } from '../graphql/ranking.graphql';

/** While a run is under way the board asks for its progress this often. */
export const RUN_POLL_MS = 1000;

// A run changes every segment, the Pareto view, the core-set changes and the warnings.
const AFTER_RUN = [
  'LatestRankingRun',
  'LatestAssignmentPlan',
  'Pareto',
  'CoreSetChanges',
  'EarlyWarnings',
  'Clients',
];

/**
 * The latest ranking run and the action that starts a new one. runCoreRanking answers only
 * when the run is over, so while it (or anyone's run) is under way, rankingRuns(first: 1)
 * is polled every second for the progress and the step.
 */
export function useRankingRun() {
  const [start, mutation] = useMutation(RunCoreRankingMutation, {
    refetchQueries: AFTER_RUN,
    awaitRefetchQueries: true,
  });
  const latest = useQuery(LatestRankingRunQuery, { fetchPolicy: 'cache-and-network' });
  const run = (latest.data ?? latest.previousData)?.rankingRuns.edges[0]?.node ?? null;
  const running = mutation.loading || run?.status === 'RUNNING';
  const { startPolling, stopPolling } = latest;
  // Polling follows `running`: it starts with the click and stops once the run is over.
  useEffect(() => {
    if (!running) return;
    startPolling(RUN_POLL_MS);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  // The newest completed run: a failed or running one points back to the one before it.
  const completedRunId = run?.status === 'COMPLETED' ? run.id : (run?.previousRunId ?? null);

  return {
    run,
    completedRunId,
    running,
    loading: latest.loading && !run,
    error: latest.error,
    refetch: () => void latest.refetch().catch(() => undefined),
    /**
     * Resolves once the run is over (the whole bank, or `branchId` only); a refusal or failure is in `runError`. Refused because
     * someone else's run is under way, the card then shows that run's progress.
     */
    runRanking: (effectiveOn: string, branchId: number | null = null) =>
      start({ variables: { effectiveOn, branchId } }).then(
        () => undefined,
        () => void latest.refetch().catch(() => undefined),
      ),
    runError: mutation.error,
    resetRunError: mutation.reset,
  };
}
