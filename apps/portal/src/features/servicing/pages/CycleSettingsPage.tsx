import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { CycleSettingsForm } from '../components/CycleSettingsForm';
import { CycleSettingsHistory } from '../components/CycleSettingsHistory';
import { useCycleSettings, useCycleSettingsHistory } from '../hooks/useCycleSettings';

/** Admin: the contact cycles in force, and every earlier version with its effective date. */
export function CycleSettingsPage() {
  const { t } = useTranslation();
  const current = useCycleSettings();
  const history = useCycleSettingsHistory();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
            {t('servicing.settings.title')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph type="secondary">
          {t('servicing.settings.intro')}
        </Typography.Paragraph>
        {current.error && !current.settings ? (
          <ErrorResult error={current.error} onRetry={current.refetch} />
        ) : !current.settings ? (
          current.loading && <PageLoading />
        ) : (
          <CycleSettingsForm
            settings={current.settings}
            onReload={() => {
              current.refetch();
              history.refetch();
            }}
          />
        )}
      </Card>
      <Card title={t('servicing.settings.history.title')} size="small">
        {history.error && !history.versions ? (
          <ErrorResult error={history.error} onRetry={history.refetch} />
        ) : (
          <CycleSettingsHistory versions={history.versions ?? []} loading={history.loading} />
        )}
      </Card>
    </Space>
  );
}
