import { useState } from 'react';
import { Alert, Col, Divider, Empty, Row, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentPlanSummaryFieldsFragment } from '../../../gql/graphql';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { usePlanDetail } from '../hooks/usePlans';
import { BeforeAfterChart } from './BeforeAfterChart';
import { BranchBalancesTable } from './BranchBalancesTable';
import { DecisionErrorAlert } from './DecisionErrorAlert';
import { ManagerLoadTable } from './ManagerLoadTable';
import { PlanDecisionButtons } from './PlanDecisionButtons';
import { PlanHeader } from './PlanHeader';
import { PlanItemsSection } from './PlanItemsSection';
import { PlanStatistics } from './PlanStatistics';

interface PlanViewProps {
  plan: AssignmentPlanSummaryFieldsFragment;
  /** null: a whole-bank plan, viewed a branch at a time. */
  branchId: number | null;
  replanning: boolean;
  onReplan(): void;
}

/** A made plan: its figures, the RMs' books before and after, the diff, and the decision. */
export function PlanView({ plan, branchId, replanning, onReplan }: PlanViewProps) {
  const { t } = useTranslation();
  const wholeBank = branchId === null;
  // In a whole-bank plan, the branch whose books and items are in view.
  const [focus, setFocus] = useState<number | undefined>(undefined);
  const viewed = branchId ?? focus;
  const { detail, loading, error, refetch } = usePlanDetail(plan.id, viewed);
  const [decisionError, setDecisionError] = useState<unknown>(null);
  const ready = plan.status === 'READY';
  // A run of another branch leaves the plan's core set current (the server decides).
  const olderRun = plan.reRanked;

  const books = detail?.managers && (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={14}>
        <ManagerLoadTable managers={detail.managers} />
      </Col>
      <Col xs={24} xxl={10}>
        <BeforeAfterChart managers={detail.managers} />
      </Col>
    </Row>
  );

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
          {wholeBank && (
            <>
              <Divider titlePlacement="start" plain style={{ margin: '4px 0' }}>
                {t('assignment.balances.title')}
              </Divider>
              <BranchBalancesTable
                balances={detail.branchBalances}
                selected={focus}
                onSelect={setFocus}
              />
            </>
          )}
          <Divider titlePlacement="start" plain style={{ margin: '4px 0' }}>
            {t('assignment.booksTitle')}
          </Divider>
          {viewed === undefined ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('assignment.balances.pick')}
              data-testid="plan-pick-branch"
            />
          ) : (
            books
          )}
          <Divider titlePlacement="start" plain style={{ margin: '4px 0' }}>
            {t('assignment.diffTitle')}
          </Divider>
          <PlanItemsSection
            plan={detail}
            branch={
              wholeBank
                ? {
                    options: detail.branchBalances.map((balance) => balance.branch),
                    value: focus,
                    onChange: setFocus,
                  }
                : undefined
            }
          />
        </>
      )}
    </Space>
  );
}
