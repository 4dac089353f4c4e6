import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isNotInScope, readApiError } from '../../../app/errors';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { useTrainingFile } from '../hooks/useTrainingFile';
import { TrainingFileView } from './TrainingFileView';

/** Loads and shows one RM's file for a year, with loading, not-yours and error states. */
export function TrainingFileSection({ managerId, year }: { managerId: number; year: number }) {
  const { t } = useTranslation();
  const { file, loading, error, refetch } = useTrainingFile(managerId, year);
  if (error && !file) {
    if (isNotInScope(readApiError(error))) {
      return (
        <Result
          status="404"
          title={t('training.file.notFoundTitle')}
          subTitle={t('training.file.notFoundSubtitle')}
          data-testid="file-not-found"
        />
      );
    }
    return <ErrorResult error={error} onRetry={refetch} />;
  }
  if (!file) return loading ? <PageLoading /> : null;
  return <TrainingFileView file={file} />;
}
