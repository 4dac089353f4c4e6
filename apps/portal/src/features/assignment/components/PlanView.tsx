import { useState } from 'react';
import { Alert, Col, Divider, Row, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentPlanSummaryFieldsFragment } from '../../../gql/graphql';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { usePlanDetail } from '../hooks/usePlans';
import { BeforeAfterChart } from './BeforeAfterChart';
import { DecisionErrorAlert } from './DecisionErrorAlert';
import { ManagerLoadTable } from './ManagerLoadTable';
import { PlanDecisionButtons } from './PlanDecisionButtons';
import { PlanHeader } from './PlanHeader';
import { PlanItemsSection } from './PlanItemsSection';
import { PlanStatistics } from './PlanStatistics';

interface PlanViewProps {
  plan: AssignmentPlanSummaryFieldsFragment;
  branchId: number;
  /** The newest completed ranking run; a plan of an older one no longer fits the core set. */
  latestRunId: number | null;
  replanning: boolean;
  onReplan(): void;
}

/** A made plan: its figures, the RMs' books before and after, the diff, and the decision. */
export function PlanView({ plan, branchId, latestRunId, replanning, onReplan }: PlanViewProps) {
  const { t } = useTranslation();
  const { detail, loading, error, refetch } = usePlanDetail(plan.id, branchId);
  const [decisionError, setDecisionError] = useState<unknown>(null);
  const ready = plan.status === 'READY';
  const olderRun = latestRunId !== null && plan.rankingRunId < latestRunId;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="plan-view">
      <PlanHeader
        plan={plan}
        actions={
          ready && (
            <PlanDecisionButtons
              planId={plan.id}
              statistics={detail?.statistics ?? null}
              onError={setDecisionError}
            />
          )
        }
      />
      {ready && olderRun && (
        <Alert type="info" showIcon title={t('assignment.olderRun')} data-testid="plan-older-run" />
      )}
      <DecisionErrorAlert error={decisionError} replanning={replanning} onReplan={onReplan} />
      {error && !detail ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : loading || !detail ? (
        <Skeleton active />
      ) : (
        <>
          {detail.statistics && <PlanStatistics statistics={detail.statistics} />}
          <Divider titlePlacement="start" plain style={{ margin: '4px 0' }}>
            {t('assignment.booksTitle')}
          </Divider>
          <Row gutter={[16, 16]}>
            <Col xs={24} xxl={14}>
              <ManagerLoadTable managers={detail.managers} />
            </Col>
            <Col xs={24} xxl={10}>
              <BeforeAfterChart managers={detail.managers} />
            </Col>
          </Row>
          <Divider titlePlacement="start" plain style={{ margin: '4px 0' }}>
            {t('assignment.diffTitle')}
          </Divider>
          <PlanItemsSection plan={detail} />
        </>
      )}
    </Space>
  );
}
