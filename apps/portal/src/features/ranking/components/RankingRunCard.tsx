import {
  Alert,
  Button,
  Card,
  DatePicker,
  Empty,
  Modal,
  Progress,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBankToday } from '../../../shared/useBankToday';
import { can } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { useRefusalMessage } from '../../../shared/useActionError';
import type { useRankingRun } from '../hooks/useRankingRun';
import { useNoRankingMessage } from './NoRankingYet';
import { RankingRunSummary } from './RankingRunSummary';
import { useRankingSettings } from '../hooks/useRankingSettings';

/**
 * The latest ranking run (docs/domain.md rule 1) with the button that starts a new one; while a
 * run is under way, its progress and step.
 */
export function RankingRunCard({ ranking }: { ranking: ReturnType<typeof useRankingRun> }) {
  const { t } = useTranslation();
  const refusal = useRefusalMessage();
  const { run, running, loading, error, refetch, runRanking, runError, resetRunError } = ranking;
  const user = useCurrentUser();
  // A run re-ranks the whole bank: admin's, confirmed with its effective date. Where the
  // rules rank each branch on its own, a branch head may re-rank their branch only.
  const mayRunBank = can(user, 'ranking.run');
  const ownBranch = !mayRunBank && user.branch ? user.branch : null;
  const { settings } = useRankingSettings();
  const mayRunBranch =
    ownBranch !== null && can(user, 'ranking.runBranch') && settings?.scope === 'BRANCH';
  const noRanking = useNoRankingMessage();
  const [confirming, setConfirming] = useState(false);

  const start =
    mayRunBank || mayRunBranch ? (
      <Button
        type="primary"
        icon={<ThunderboltOutlined />}
        loading={running}
        onClick={() => {
          resetRunError();
          setConfirming(true);
        }}
        data-testid={mayRunBank ? 'run-ranking' : 'run-branch-ranking'}
      >
        {running
          ? t('ranking.run.running')
          : mayRunBank
            ? t('ranking.run.start')
            : t('ranking.run.startBranch')}
      </Button>
    ) : null;

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
          description={noRanking}
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
      {confirming && (
        <ConfirmRun
          earliest={run?.status === 'COMPLETED' ? run.effectiveOn : null}
          branchName={mayRunBank ? null : (ownBranch?.name ?? null)}
          onCancel={() => setConfirming(false)}
          onRun={(effectiveOn) => {
            setConfirming(false);
            void runRanking(effectiveOn, mayRunBank ? null : (ownBranch?.id ?? null));
          }}
        />
      )}
    </Card>
  );
}

/** What a run will do, with its effective date (today unless chosen, never in the future). */
function ConfirmRun({
  earliest,
  branchName,
  onCancel,
  onRun,
}: {
  /** The current run's date: a new run may not be dated earlier. */
  earliest: string | null;
  /** The one branch to re-rank; null: the whole bank. */
  branchName: string | null;
  onCancel: () => void;
  onRun: (effectiveOn: string) => void;
}) {
  const { t } = useTranslation();
  const today = useBankToday().day;
  const [date, setDate] = useState<Dayjs>(today);
  const outside = (day: Dayjs) =>
    day.isAfter(today, 'day') || (earliest !== null && day.isBefore(dayjs(earliest), 'day'));
  return (
    <Modal
      open
      title={
        branchName === null
          ? t('ranking.run.confirmTitle')
          : t('ranking.run.confirmBranchTitle', { branch: branchName })
      }
      okText={branchName === null ? t('ranking.run.start') : t('ranking.run.startBranch')}
      onOk={() => onRun(date.format('YYYY-MM-DD'))}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'run-ranking-confirm' }}
    >
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="run-ranking-dialog">
        <Typography.Paragraph>
          {branchName === null
            ? t('ranking.run.confirmBody')
            : t('ranking.run.confirmBranchBody', { branch: branchName })}
        </Typography.Paragraph>
        <Typography.Text strong>{t('ranking.run.effectiveOn')}</Typography.Text>
        <DatePicker
          value={date}
          allowClear={false}
          disabledDate={outside}
          onChange={(value) => value && setDate(value)}
          data-testid="run-ranking-date"
        />
      </Space>
    </Modal>
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
  'Contact cycles': 'ranking.run.steps.contactCycles',
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
