import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { PageCard } from '../components/PageCard';
import { TrainingFileSection } from '../components/TrainingFileSection';
import { YearSelect } from '../components/YearSelect';
import { useYearParam } from '../hooks/useYearParam';

/** An RM's own training file: points against the requirement, what is missing, certificates. */
export function MyTrainingPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [year, setYear] = useYearParam();
  const managerId = user.manager?.id;

  return (
    <PageCard
      title={t('training.file.myTitle')}
      extra={<YearSelect value={year} onChange={setYear} testId="file-year" />}
    >
      {managerId === undefined ? (
        <Result status="info" title={t('training.file.noManager')} />
      ) : (
        <TrainingFileSection managerId={managerId} year={year} />
      )}
    </PageCard>
  );
}
