import { Alert, Button, Card, Empty, Progress, Skeleton, Space, Tooltip, Typography } from 'antd';
import { ScheduleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { useRefusalMessage } from '../../../shared/useActionError';
import { NoRankingYet, useNoRankingMessage } from '../../ranking/components/NoRankingYet';
import { useLatestPlan, usePlanAssignment } from '../hooks/usePlans';
import { PlanView } from './PlanView';

interface PlanCardProps {
  /** null: the whole bank (admin). */
  branchId: number | null;
  branchName?: string;
  /** A completed ranking run exists, so there is a core set to plan for. */
  canPlan: boolean;
}

/**
 * The newest assignment plan of a branch or of the whole bank (docs/domain.md rule 3: re-ranking
 * produces a plan the branch head, or admin for the bank, previews and approves) and the
 * button that makes a new one.
 */
export function PlanCard({ branchId, branchName, canPlan }: PlanCardProps) {
  const { t } = useTranslation();
  const noRanking = useNoRankingMessage();
  const refusal = useRefusalMessage();
  const [planAssignment, planning] = usePlanAssignment();
  const { plan, loading, error, refetch } = useLatestPlan(branchId, planning.loading);
  const wholeBank = branchId === null;
  const busy = planning.loading || plan?.status === 'PLANNING';
  const makePlan = () => {
    planning.reset();
    planAssignment({ variables: { branchId } }).catch(() => undefined);
  };

  const button = (
    <Tooltip title={canPlan ? undefined : noRanking}>
      <Button
        type={plan?.status === 'READY' ? 'default' : 'primary'}
        icon={<ScheduleOutlined />}
        loading={busy}
        disabled={!canPlan}
        onClick={makePlan}
        data-testid="plan-assignment"
      >
        {plan ? t('assignment.planAgain') : t('assignment.plan')}
      </Button>
    </Tooltip>
  );

  return (
    <Card
      title={
        wholeBank
          ? t('assignment.titleBank')
          : branchName
            ? t('assignment.titleOf', { branch: branchName })
            : t('assignment.title')
      }
      size="small"
      extra={button}
      data-testid="plan-card"
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {planning.error && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => planning.reset() }}
            title={t('assignment.planRefused')}
            description={refusal(planning.error)}
            data-testid="plan-error"
          />
        )}
        {error && !plan ? (
          <ErrorResult error={error} onRetry={refetch} />
        ) : loading ? (
          <Skeleton active />
        ) : !plan ? (
          canPlan ? (
            <Empty
              description={wholeBank ? t('assignment.noPlanBank') : t('assignment.noPlan')}
              data-testid="plan-empty"
            />
          ) : (
            <NoRankingYet />
          )
        ) : plan.status === 'PLANNING' ? (
          <div data-testid="plan-progress">
            <Typography.Text type="secondary">
              {wholeBank ? t('assignment.planningBank') : t('assignment.planning')}
            </Typography.Text>
            <Progress percent={plan.progress} status="active" />
          </div>
        ) : plan.status === 'FAILED' ? (
          <Alert
            type="error"
            showIcon
            title={t('assignment.planFailed')}
            description={plan.error}
            data-testid="plan-failed"
          />
        ) : (
          <PlanView
            key={plan.id}
            plan={plan}
            branchId={branchId}
            replanning={planning.loading}
            onReplan={makePlan}
          />
        )}
      </Space>
    </Card>
  );
}
