import { Card, Empty, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { BranchSelect } from '../../../shared/components/BranchSelect';
import { useBranchParam } from '../../../shared/useBranchParam';
import { useScopeOptions } from '../../clients/hooks/useScopeOptions';
import { RankingRunCard } from '../../ranking/components/RankingRunCard';
import { useRankingRun } from '../../ranking/hooks/useRankingRun';
import { PlanCard } from '../components/PlanCard';

/**
 * The core-client board (DOMAIN.md rules 1-3): rank the clients, plan who serves each core
 * client, preview the plan and apply it. A branch head works on their branch; an admin
 * picks one.
 */
export function AssignmentBoardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isAdmin = user.role === 'ADMIN';
  const [branchParam, setBranchParam] = useBranchParam();
  const { branches } = useScopeOptions(false, isAdmin, undefined);
  const ranking = useRankingRun();

  const branchId = isAdmin ? branchParam : user.branch?.id;
  const branchName = isAdmin ? branches.find((b) => b.id === branchId)?.name : user.branch?.name;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
            {t('assignment.pageTitle')}
          </Typography.Title>
        }
        extra={
          isAdmin && <BranchSelect branches={branches} value={branchId} onChange={setBranchParam} />
        }
        styles={{ body: { paddingTop: 12, paddingBottom: 12 } }}
      >
        <Typography.Text type="secondary">{t('assignment.intro')}</Typography.Text>
      </Card>
      <RankingRunCard ranking={ranking} />
      {branchId === undefined ? (
        <Card size="small">
          <Empty description={t('assignment.chooseBranch')} data-testid="choose-branch" />
        </Card>
      ) : (
        <PlanCard
          key={branchId}
          branchId={branchId}
          branchName={branchName}
          canPlan={ranking.completedRunId !== null}
          latestRunId={ranking.completedRunId}
        />
      )}
    </Space>
  );
}
