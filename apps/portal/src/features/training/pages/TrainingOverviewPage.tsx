import { Empty, Select, Space } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { OverviewTable } from '../components/OverviewTable';
import { PageCard } from '../components/PageCard';
import { YearSelect } from '../components/YearSelect';
import { useTrainingOverview } from '../hooks/useTrainingFile';
import { useTrainingScope } from '../hooks/useTrainingManagers';
import { useYearParam } from '../hooks/useYearParam';
import { worksBankWide } from '../../../app/access';

/** A branch's RMs against the yearly requirement: the branch head's own, any branch for HR. */
export function TrainingOverviewPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [year, setYear] = useYearParam();
  const [query, setQuery] = useSearchParams();
  // A branch head's overview is their branch; HR and admin pick one (the API requires it).
  const picksBranch = worksBankWide(user);
  const branchText = query.get('branch');
  const branchId =
    picksBranch && branchText && /^\d+$/.test(branchText) ? Number(branchText) : undefined;
  const scope = useTrainingScope(undefined, { branches: picksBranch });
  const skip = picksBranch && branchId === undefined;
  const { files, loading, error, refetch } = useTrainingOverview(year, branchId, skip);

  const setBranch = (id: number | undefined) =>
    setQuery((current) => {
      const updated = new URLSearchParams(current);
      if (id === undefined) updated.delete('branch');
      else updated.set('branch', String(id));
      return updated;
    });

  return (
    <PageCard
      title={t('training.overview.title')}
      extra={
        <Space wrap>
          {picksBranch && (
            <Select<number>
              showSearch={{ optionFilterProp: 'label' }}
              allowClear
              placeholder={t('training.overview.chooseBranch')}
              value={branchId}
              onChange={setBranch}
              style={{ width: 220 }}
              data-testid="overview-branch"
              options={scope.branches.map((b) => ({ value: b.id, label: b.name }))}
            />
          )}
          <YearSelect value={year} onChange={setYear} testId="overview-year" />
        </Space>
      }
    >
      {skip ? (
        <Empty
          description={t('training.overview.chooseBranchHint')}
          data-testid="overview-choose"
        />
      ) : error && !files ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : (
        <OverviewTable rows={files ?? []} loading={loading} year={year} />
      )}
    </PageCard>
  );
}
