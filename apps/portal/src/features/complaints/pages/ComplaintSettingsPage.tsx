import type { ReactNode } from 'react';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { ComplaintDeadlinesForm } from '../components/ComplaintDeadlinesForm';
import { SatisfactionSettingsForm } from '../components/SatisfactionSettingsForm';
import { useComplaintSettings } from '../hooks/useComplaints';
import { useSatisfactionSettings } from '../hooks/useComplaintSummary';

interface Loaded<T> {
  settings?: T;
  loading: boolean;
  error?: unknown;
  refetch(): Promise<unknown>;
}

function SettingsCard<T>({
  title,
  help,
  testId,
  state,
  children,
}: {
  title: string;
  help: string;
  testId: string;
  state: Loaded<T>;
  children(settings: T, reload: () => void): ReactNode;
}) {
  const reload = () => void state.refetch().catch(() => undefined);
  return (
    <Card title={title} data-testid={testId}>
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      {state.error && !state.settings ? (
        <ErrorResult error={state.error} onRetry={reload} />
      ) : !state.settings ? (
        state.loading && <PageLoading />
      ) : (
        children(state.settings, reload)
      )}
    </Card>
  );
}

/** Admin: the complaint deadlines and the satisfaction index's weights, each versioned. */
export function ComplaintSettingsPage() {
  const { t } = useTranslation();
  const deadlines = useComplaintSettings();
  const satisfaction = useSatisfactionSettings();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
        {t('complaints.settings.title')}
      </Typography.Title>
      <SettingsCard
        title={t('complaints.settings.deadlines')}
        help={t('complaints.settings.deadlinesHelp')}
        testId="complaint-deadlines"
        state={deadlines}
      >
        {(settings, reload) => <ComplaintDeadlinesForm settings={settings} onReload={reload} />}
      </SettingsCard>
      <SettingsCard
        title={t('complaints.settings.satisfaction')}
        help={t('complaints.settings.satisfactionHelp')}
        testId="satisfaction-settings"
        state={satisfaction}
      >
        {(settings, reload) => <SatisfactionSettingsForm settings={settings} onReload={reload} />}
      </SettingsCard>
    </Space>
  );
}
