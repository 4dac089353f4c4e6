import { Button, Card, Flex, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { worksBankWide } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { useBankToday } from '../../../shared/useBankToday';
import { CoverageTable } from '../components/CoverageTable';
import { PeriodPicker } from '../components/PeriodPicker';
import { periodFromQuery, periodQuery, type CoveragePeriod } from '../hooks/coveragePeriod';
import { useBranchCoverage, useManagerCoverage } from '../hooks/useCoverage';

/** The branch admin chose (?branch=12), kept beside the period in the URL. */
function branchOf(query: URLSearchParams): number | undefined {
  const raw = query.get('branch');
  return raw && /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
}

/**
 * Contact coverage (覆盖率, docs/domain.md rule 6) for a period: a branch head sees each of
 * their RMs; admin sees each branch, and a branch's RMs once it is chosen. Each RM leads to
 * their revisit queue.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const today = useBankToday().iso;
  const [query, setQuery] = useSearchParams();
  const period = periodFromQuery(query, today);
  const bankWide = worksBankWide(user);
  const branchId = bankWide ? branchOf(query) : undefined;
  const showBranches = bankWide && branchId === undefined;
  const managers = useManagerCoverage(period, branchId, showBranches);
  // Admin's branches, also to name the branch chosen.
  const branches = useBranchCoverage(period, !bankWide);
  const shown = showBranches ? branches : managers;

  const go = (next: CoveragePeriod, branch: number | undefined) =>
    setQuery(
      new URLSearchParams({ ...periodQuery(next), ...(branch ? { branch: String(branch) } : {}) }),
    );
  const branch = branches.rows?.find((row) => row.branch.id === branchId)?.branch;

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
          {t('servicing.coverage.title')}
        </Typography.Title>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('servicing.coverage.intro')}</Typography.Text>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <PeriodPicker period={period} onChange={(next) => go(next, branchId)} />
          <Typography.Text type="secondary" data-testid="coverage-days">
            {t('servicing.coverage.days', { from: period.from, to: period.to })}
          </Typography.Text>
        </Flex>
        {bankWide && branchId !== undefined && (
          <Flex align="center" gap={16} wrap>
            <Button
              type="link"
              icon={<ArrowLeftOutlined />}
              style={{ paddingInline: 0 }}
              onClick={() => go(period, undefined)}
              data-testid="coverage-all-branches"
            >
              {t('servicing.coverage.allBranches')}
            </Button>
            {branch && (
              <Typography.Title level={5} style={{ margin: 0 }} data-testid="coverage-branch-name">
                {t('servicing.coverage.branchManagers', {
                  branch: `${branch.name} (${branch.code})`,
                })}
              </Typography.Title>
            )}
          </Flex>
        )}
        {shown.error && !shown.rows ? (
          <ErrorResult error={shown.error} onRetry={shown.refetch} />
        ) : showBranches ? (
          <CoverageTable
            testId="branch-coverage"
            nameTitle={t('servicing.coverage.columns.branch')}
            loading={branches.loading}
            rows={(branches.rows ?? []).map((row) => ({ ...row, key: String(row.branch.id) }))}
            name={(row) => (
              <Button
                type="link"
                style={{ paddingInline: 0 }}
                onClick={() => go(period, row.branch.id)}
                data-testid="coverage-branch"
              >
                {row.branch.name} ({row.branch.code})
              </Button>
            )}
          />
        ) : (
          <CoverageTable
            testId="manager-coverage"
            nameTitle={t('servicing.coverage.columns.manager')}
            loading={managers.loading}
            rows={(managers.rows ?? []).map((row) => ({ ...row, key: String(row.manager.id) }))}
            name={(row) => (
              <Link
                to={`/coverage/rm/${row.manager.id}${branchId ? `?branch=${branchId}` : ''}`}
                data-testid="coverage-manager"
              >
                {row.manager.name}{' '}
                <Typography.Text type="secondary">({row.manager.employeeNo})</Typography.Text>
              </Link>
            )}
          />
        )}
      </Space>
    </Card>
  );
}
