import { App, Button, Space } from 'antd';
import { CheckOutlined, DeleteOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AssignmentPlanDetailQuery } from '../../../gql/graphql';
import { useApplyPlan, useDiscardPlan } from '../hooks/usePlans';

type Statistics = AssignmentPlanDetailQuery['assignmentPlan']['statistics'];

interface PlanDecisionButtonsProps {
  planId: number;
  statistics: Statistics;
  onError(error: unknown): void;
}

/**
 * The branch head's decision on a ready plan: apply it (after a confirmation that repeats
 * what will change) or discard it. Applying waits for the plan's figures to be on screen.
 */
export function PlanDecisionButtons({ planId, statistics, onError }: PlanDecisionButtonsProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const client = useApolloClient();
  const [apply, applying] = useApplyPlan();
  const [discard, discarding] = useDiscardPlan();
  const busy = applying.loading || discarding.loading;

  const decide = async (action: 'apply' | 'discard') => {
    onError(null);
    try {
      if (action === 'apply') {
        await apply({ variables: { planId } });
        void message.success(t('assignment.decision.applied'));
      } else {
        await discard({ variables: { planId } });
        void message.info(t('assignment.decision.discarded'));
      }
    } catch (error) {
      onError(error);
      // A refused decision may mean the plan moved on (superseded, applied elsewhere): show
      // its status as it is now.
      void client.refetchQueries({ include: ['LatestAssignmentPlan'] }).catch(() => undefined);
    }
  };

  const confirm = (action: 'apply' | 'discard') => {
    void modal.confirm({
      title: t(`assignment.decision.${action}Title`),
      content:
        action === 'apply' && statistics
          ? t('assignment.decision.applyContent', {
              moves: statistics.moves,
              assigns: statistics.assigns,
              releases: statistics.releases,
            })
          : t('assignment.decision.discardContent'),
      okText: t(`assignment.decision.${action}`),
      okButtonProps: { danger: action === 'discard', 'data-testid': `${action}-confirm` },
      cancelText: t('common.cancel'),
      // Resolving closes the dialog; a refusal is shown on the board, not in the dialog.
      onOk: () => decide(action),
    });
  };

  return (
    <Space>
      <Button
        icon={<DeleteOutlined />}
        disabled={busy}
        loading={discarding.loading}
        onClick={() => confirm('discard')}
        data-testid="discard-plan"
      >
        {t('assignment.decision.discard')}
      </Button>
      <Button
        type="primary"
        icon={<CheckOutlined />}
        disabled={busy || !statistics}
        loading={applying.loading}
        onClick={() => confirm('apply')}
        data-testid="apply-plan"
      >
        {t('assignment.decision.apply')}
      </Button>
    </Space>
  );
}
