import { Alert, Button, Card, Empty, Progress, Skeleton, Space, Typography } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { useRefusalMessage } from '../../../shared/useActionError';
import type { useRankingRun } from '../hooks/useRankingRun';
import { RankingRunSummary } from './RankingRunSummary';

/**
 * The latest ranking run (docs/domain.md rule 1) with the button that starts a new one; while a
 * run is under way, its progress and step.
 */
export function RankingRunCard({ ranking }: { ranking: ReturnType<typeof useRankingRun> }) {
  const { t } = useTranslation();
  const refusal = useRefusalMessage();
  const { run, running, loading, error, refetch, runRanking, runError, resetRunError } = ranking;

  const start = (
    <Button
      type="primary"
      icon={<ThunderboltOutlined />}
      loading={running}
      onClick={() => {
        resetRunError();
        void runRanking();
      }}
      data-testid="run-ranking"
    >
      {running ? t('ranking.run.running') : t('ranking.run.start')}
    </Button>
  );

  return (
    <Card title={t('ranking.run.title')} size="small" extra={start} data-testid="ranking-run">
      {runError && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: resetRunError }}
          style={{ marginBottom: 12 }}
          title={t('ranking.run.refused')}
          description={refusal(runError)}
          data-testid="ranking-run-error"
        />
      )}
      {error && !run ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : loading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : !run ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('ranking.run.none')}
          data-testid="ranking-empty"
        />
      ) : run.status === 'RUNNING' ? (
        <RunProgress progress={run.progress} step={run.step} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {run.status === 'FAILED' && (
            <Alert
              type="warning"
              showIcon
              title={t('ranking.run.failed', { date: run.effectiveOn })}
              description={run.error}
              data-testid="ranking-run-failed"
            />
          )}
          {run.status === 'COMPLETED' && <RankingRunSummary run={run} />}
        </Space>
      )}
    </Card>
  );
}

// The steps RankingService.run reports (libs/server/ranking), in order.
const KNOWN_STEPS = {
  'Summing 12 months of facts': 'ranking.run.steps.summingFacts',
  'Ranking clients': 'ranking.run.steps.rankingClients',
  'Pareto curves': 'ranking.run.steps.pareto',
  'Indexing the run': 'ranking.run.steps.indexing',
  'Branch summaries': 'ranking.run.steps.branchSummaries',
  'Early warnings': 'ranking.run.steps.earlyWarnings',
} as const;

function RunProgress({ progress, step }: { progress: number; step?: string | null }) {
  const { t } = useTranslation();
  // The API names its steps in English; known ones are translated, others shown as sent.
  const known = step && step in KNOWN_STEPS ? KNOWN_STEPS[step as keyof typeof KNOWN_STEPS] : null;
  return (
    <div data-testid="ranking-progress">
      <Progress percent={progress} status="active" />
      <Typography.Text type="secondary" data-testid="ranking-step">
        {known ? t(known) : (step ?? t('ranking.run.running'))}
      </Typography.Text>
    </div>
  );
}
