import { Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { BranchSelect } from '../../../shared/components/BranchSelect';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { useBranchParam } from '../../../shared/useBranchParam';
import { BranchParetoTable } from '../components/BranchParetoTable';
import { CoreSetChangesCard } from '../components/CoreSetChangesCard';
import { NoRankingYet } from '../components/NoRankingYet';
import { StaleFactsAlert } from '../components/StaleFactsAlert';
import { formatMonth } from '../../../shared/format';
import { ParetoChart } from '../components/ParetoChart';
import { ParetoFigures } from '../components/ParetoFigures';
import { usePareto } from '../hooks/usePareto';
import { worksBankWide } from '../../../app/access';

/**
 * How concentrated value really is (docs/domain.md rule 1): the Lorenz/Pareto curve of the
 * bank and of a branch, the top-20% shares, and the clients entering and leaving the core set.
 */
export function ParetoPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const isAdmin = worksBankWide(user);
  const [branchParam, setBranchParam] = useBranchParam();
  const { pareto, loading, error, refetch } = usePareto();

  const title = (
    <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
      {t('pareto.title')}
    </Typography.Title>
  );
  if (error && !pareto) {
    return (
      <Card title={title}>
        <ErrorResult error={error} onRetry={refetch} />
      </Card>
    );
  }
  if (loading && !pareto) return <PageLoading />;
  // No completed run yet: there is no curve to draw.
  if (!pareto)
    return (
      <Card title={title}>
        <NoRankingYet linkToBoard />
      </Card>
    );

  // A branch head's scope is their branch; an admin picks one (or reads the bank alone).
  const branchId = isAdmin ? branchParam : (user.branch?.id ?? pareto.branches[0]?.branch.id);
  const branch = pareto.branches.find((b) => b.branch.id === branchId);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={title}
        extra={
          <Space>
            <Typography.Text type="secondary" data-testid="pareto-of-run">
              {t('pareto.ofRun', { date: pareto.effectiveOn })}
              {pareto.lastFactMonth &&
                ` · ${t('ranking.run.factsUpTo', { month: formatMonth(pareto.lastFactMonth, i18n.language) })}`}
            </Typography.Text>
            {isAdmin && (
              <BranchSelect
                allowClear
                branches={pareto.branches.map((b) => b.branch)}
                value={branchId}
                onChange={setBranchParam}
              />
            )}
          </Space>
        }
      >
        <StaleFactsAlert effectiveOn={pareto.effectiveOn} lastFactMonth={pareto.lastFactMonth} />
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={17}>
            <ParetoChart
              bank={pareto.bank?.points}
              branch={branch?.curve.points}
              branchName={branch?.branch.name}
            />
          </Col>
          <Col xs={24} xl={7}>
            <ParetoFigures bank={pareto.bank} branch={branch} />
          </Col>
        </Row>
      </Card>
      {isAdmin && (
        <Card title={t('pareto.branchesTitle')} size="small">
          <BranchParetoTable
            branches={pareto.branches}
            selectedId={branchId}
            onSelect={setBranchParam}
          />
        </Card>
      )}
      <CoreSetChangesCard branchId={isAdmin ? branchId : undefined} />
    </Space>
  );
}
