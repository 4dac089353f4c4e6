import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { PageCard } from '../components/PageCard';
import { SettingsForm } from '../components/SettingsForm';
import { useTrainingSettings } from '../hooks/useTrainingSettings';

export function TrainingSettingsPage() {
  const { t } = useTranslation();
  const { settings, loading, error, refetch } = useTrainingSettings();
  const reload = () => void refetch().catch(() => undefined);
  return (
    <PageCard title={t('training.settings.title')}>
      {error && !settings ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : !settings ? (
        loading && <PageLoading />
      ) : (
        <SettingsForm settings={settings} onReload={reload} />
      )}
    </PageCard>
  );
}
