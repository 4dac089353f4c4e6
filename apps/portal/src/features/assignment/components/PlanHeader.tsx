import type { ReactNode } from 'react';
import { Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentPlanSummaryFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/format';
import { PlanStatusTag } from './planTags';

/** Which plan this is, who made it and who decided it, with the decision buttons. */
export function PlanHeader({
  plan,
  actions,
}: {
  plan: AssignmentPlanSummaryFieldsFragment;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Space wrap>
        <Typography.Text strong data-testid="plan-id">
          {t('assignment.planNo', { id: plan.id })}
        </Typography.Text>
        <PlanStatusTag status={plan.status} />
        {plan.trigger === 'RM_CHANGED' && (
          <Tag color="orange" data-testid="plan-trigger">
            {t('assignment.trigger.RM_CHANGED')}
          </Tag>
        )}
        <Typography.Text type="secondary">
          {t('assignment.madeBy', {
            name: plan.createdByName ?? t('ranking.run.system'),
            at: formatDateTime(plan.createdAt),
          })}
        </Typography.Text>
        {plan.decidedAt && (
          <Typography.Text type="secondary" data-testid="plan-decided">
            {t('assignment.decidedBy', {
              name: plan.decidedByName ?? t('ranking.run.system'),
              at: formatDateTime(plan.decidedAt),
            })}
          </Typography.Text>
        )}
      </Space>
      {actions}
    </Flex>
  );
}
