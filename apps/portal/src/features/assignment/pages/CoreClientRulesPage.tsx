import type { ReactNode } from 'react';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { RankingSettingsForm } from '../../ranking/components/RankingSettingsForm';
import { useRankingSettings } from '../../ranking/hooks/useRankingSettings';
import { AssignmentSettingsForm } from '../components/AssignmentSettingsForm';
import { useAssignmentSettings } from '../hooks/useAssignmentSettings';

interface Loaded<T> {
  settings?: T;
  loading: boolean;
  error?: unknown;
  refetch(): void;
}

function SettingsCard<T>({
  title,
  testId,
  state,
  children,
}: {
  title: string;
  testId: string;
  state: Loaded<T>;
  children(settings: T): ReactNode;
}) {
  return (
    <Card title={title} data-testid={testId}>
      {state.error && !state.settings ? (
        <ErrorResult error={state.error} onRetry={state.refetch} />
      ) : !state.settings ? (
        state.loading && <PageLoading />
      ) : (
        children(state.settings)
      )}
    </Card>
  );
}

/** Admin: the ranking rules (who is core, tiers, lifecycle) and the assignment rules. */
export function CoreClientRulesPage() {
  const { t } = useTranslation();
  const ranking = useRankingSettings();
  const assignment = useAssignmentSettings();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
        {t('settings.title')}
      </Typography.Title>
      <SettingsCard title={t('settings.ranking.title')} testId="ranking-settings" state={ranking}>
        {(settings) => <RankingSettingsForm settings={settings} onReload={ranking.refetch} />}
      </SettingsCard>
      <SettingsCard
        title={t('settings.assignment.title')}
        testId="assignment-settings"
        state={assignment}
      >
        {(settings) => <AssignmentSettingsForm settings={settings} onReload={assignment.refetch} />}
      </SettingsCard>
    </Space>
  );
}
