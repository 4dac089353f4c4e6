import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TrainingImportFieldsFragment } from '../../../gql/graphql';

interface ImportResultStepProps {
  summary: TrainingImportFieldsFragment;
  onAnother(): void;
}

/** Step 3: what the commit actually added (lines that became duplicates meanwhile are not). */
export function ImportResultStep({ summary, onAnother }: ImportResultStepProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={
        <span data-testid="import-committed">
          {t('training.import.committed', { count: summary.committed })}
        </span>
      }
      subTitle={t('training.import.committedDetail', {
        file: summary.fileName,
        rejected: summary.rejected,
        duplicates: summary.duplicates,
      })}
      extra={[
        <Link to="/training/records" key="records">
          <Button type="primary">{t('training.import.toRecords')}</Button>
        </Link>,
        <Button key="again" onClick={onAnother} data-testid="import-another">
          {t('training.import.another')}
        </Button>,
      ]}
    />
  );
}
