import { Space } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { PageCard } from '../components/PageCard';
import { TrainingFileSection } from '../components/TrainingFileSection';
import { YearSelect } from '../components/YearSelect';
import { useYearParam } from '../hooks/useYearParam';
import { worksOnOwnBranch } from '../../../app/access';

/** Any RM's training file, for a branch head (own branch), HR and admin. */
export function TrainingFilePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { managerId: idText = '' } = useParams();
  const [year, setYear] = useYearParam();
  const managerId = /^\d{1,9}$/.test(idText) ? Number(idText) : 0;
  const backTo = worksOnOwnBranch(user) ? '/training/overview' : '/training/records';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`${backTo}?year=${year}`} data-testid="file-back">
        <ArrowLeftOutlined />{' '}
        {worksOnOwnBranch(user)
          ? t('training.file.backToOverview')
          : t('training.file.backToRecords')}
      </Link>
      <PageCard
        title={t('training.file.title')}
        extra={<YearSelect value={year} onChange={setYear} testId="file-year" />}
      >
        <TrainingFileSection managerId={managerId} year={year} />
      </PageCard>
    </Space>
  );
}
