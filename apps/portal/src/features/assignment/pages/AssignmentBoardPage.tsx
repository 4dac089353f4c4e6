import { Card, Empty, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { useScopeOptions } from '../../clients/hooks/useScopeOptions';
import { RankingRunCard } from '../../ranking/components/RankingRunCard';
import { useRankingRun } from '../../ranking/hooks/useRankingRun';
import { PlanCard } from '../components/PlanCard';
import { PlanScopeSelect } from '../components/PlanScopeSelect';
import { branchIdOf, type PlanScope } from '../hooks/planScope';
import { usePlanScopeParam } from '../hooks/usePlanScopeParam';
import { worksBankWide } from '../../../app/access';

/**
 * The core-client board (docs/domain.md rules 1-3): rank the clients, plan who serves each core
 * client, preview the plan and apply it. A branch head works on their branch; an admin
 * picks one, or plans the whole bank at once.
 */
export function AssignmentBoardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isAdmin = worksBankWide(user);
  const [scopeParam, setScopeParam] = usePlanScopeParam();
  const { branches, branchesLoaded } = useScopeOptions(false, isAdmin, undefined);
  const ranking = useRankingRun();

  // A shared link may name a branch that is not (or no longer) in the bank: the board
  // opens a branch only once the branch list says it exists.
  const namedBranch = typeof scopeParam === 'number';
  const unknownBranch =
    namedBranch && branchesLoaded && !branches.some((branch) => branch.id === scopeParam);
  const checkingBranch = isAdmin && namedBranch && !branchesLoaded;
  const scope: PlanScope | undefined = isAdmin
    ? unknownBranch || checkingBranch
      ? undefined
      : scopeParam
    : user.branch?.id;
  const branchName =
    scope === 'bank'
      ? undefined
      : isAdmin
        ? branches.find((b) => b.id === scope)?.name
        : user.branch?.name;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
            {t('assignment.pageTitle')}
          </Typography.Title>
        }
        extra={
          isAdmin && <PlanScopeSelect branches={branches} value={scope} onChange={setScopeParam} />
        }
        styles={{ body: { paddingTop: 12, paddingBottom: 12 } }}
      >
        <Typography.Text type="secondary">{t('assignment.intro')}</Typography.Text>
      </Card>
      <RankingRunCard ranking={ranking} />
      {checkingBranch ? (
        <Card size="small" loading data-testid="board-checking-branch" />
      ) : scope === undefined ? (
        <Card size="small">
          <Empty
            description={
              unknownBranch
                ? t('assignment.unknownBranch', { id: scopeParam })
                : t('assignment.chooseBranch')
            }
            data-testid="choose-branch"
          />
        </Card>
      ) : (
        <PlanCard
          key={scope}
          branchId={branchIdOf(scope)}
          branchName={branchName}
          canPlan={ranking.completedRunId !== null}
        />
      )}
    </Space>
  );
}
