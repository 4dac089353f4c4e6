import { App, Button, Result, Steps } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { ImportFileStep } from '../components/ImportFileStep';
import { ImportPreviewStep } from '../components/ImportPreviewStep';
import { ImportResultStep } from '../components/ImportResultStep';
import { PageCard } from '../components/PageCard';
import { useTrainingImport } from '../hooks/useTrainingImport';

/** Loads an import named in the URL; its status decides between preview and result. */
function ImportInProgress({ importId, onRestart }: { importId: string; onRestart(): void }) {
  const { trainingImport, error, refetch } = useTrainingImport(importId);
  const { t } = useTranslation();
  const { message } = App.useApp();
  if (error && !trainingImport) return <ErrorResult error={error} onRetry={refetch} />;
  if (!trainingImport) return <PageLoading />;
  if (trainingImport.status === 'DISCARDED') {
    return (
      <Result
        status="info"
        title={t('training.import.discardedTitle', { file: trainingImport.fileName })}
        extra={
          <Button type="primary" onClick={onRestart}>
            {t('training.import.another')}
          </Button>
        }
      />
    );
  }
  const step = trainingImport.status === 'COMMITTED' ? 2 : 1;
  return (
    <>
      <ImportSteps current={step} />
      {trainingImport.status === 'COMMITTED' ? (
        <ImportResultStep summary={trainingImport} onAnother={onRestart} />
      ) : (
        <ImportPreviewStep
          summary={trainingImport}
          onCommitted={() => void message.success(t('training.import.committedToast'))}
          onDiscarded={() => {
            void message.info(t('training.import.discarded'));
            onRestart();
          }}
        />
      )}
    </>
  );
}

function ImportSteps({ current }: { current: number }) {
  const { t } = useTranslation();
  return (
    <Steps
      current={current}
      style={{ marginBottom: 24 }}
      data-testid="import-steps"
      items={[
        { title: t('training.import.steps.file') },
        { title: t('training.import.steps.preview') },
        { title: t('training.import.steps.result') },
      ]}
    />
  );
}

/** Bulk import of completions: choose a file, check every line, then commit the good ones. */
export function ImportPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useSearchParams();
  // The import id lives in the URL, so a reload keeps the preview (nothing is added yet).
  const importId = query.get('id');
  const restart = () => setQuery({});

  return (
    <PageCard title={t('training.import.title')}>
      {importId ? (
        <ImportInProgress key={importId} importId={importId} onRestart={restart} />
      ) : (
        <>
          <ImportSteps current={0} />
          <ImportFileStep onPreviewed={(result) => setQuery({ id: result.id })} />
        </>
      )}
    </PageCard>
  );
}
