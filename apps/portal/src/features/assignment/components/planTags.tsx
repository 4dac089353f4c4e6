import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  AssignmentPlanAction,
  AssignmentPlanReason,
  AssignmentPlanStatus,
} from '../../../gql/graphql';

const STATUS_COLORS: Record<AssignmentPlanStatus, string> = {
  PLANNING: 'processing',
  READY: 'blue',
  APPLIED: 'green',
  DISCARDED: 'default',
  SUPERSEDED: 'default',
  FAILED: 'red',
};

const ACTION_COLORS: Record<AssignmentPlanAction, string> = {
  KEEP: 'default',
  ASSIGN: 'green',
  MOVE: 'orange',
  RELEASE: 'purple',
  UNPLACED: 'red',
};

// Records keyed by the generated unions: a value added to the schema fails typecheck here.
export const PLAN_ACTIONS = Object.keys(ACTION_COLORS) as AssignmentPlanAction[];
const REASONS: Record<AssignmentPlanReason, true> = {
  KEPT: true,
  NEW_CORE_CLIENT: true,
  RM_INELIGIBLE: true,
  RM_OTHER_BRANCH: true,
  RM_OVER_CAPACITY: true,
  BALANCE: true,
  NOT_CORE: true,
  NO_ELIGIBLE_RM: true,
  ALL_RMS_FULL: true,
};
export const PLAN_REASONS = Object.keys(REASONS) as AssignmentPlanReason[];

export function PlanStatusTag({ status }: { status: AssignmentPlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="plan-status" data-status={status}>
      {t(`assignment.status.${status}`)}
    </Tag>
  );
}

export function PlanActionTag({ action }: { action: AssignmentPlanAction }) {
  const { t } = useTranslation();
  return (
    <Tag color={ACTION_COLORS[action]} data-testid="item-action" data-action={action}>
      {t(`assignment.action.${action}`)}
    </Tag>
  );
}
