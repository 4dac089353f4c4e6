import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RelationshipManagerStatus } from '../../gql/graphql';

const STATUS_COLORS: Record<RelationshipManagerStatus, string> = {
  ACTIVE: 'green',
  PROBATION: 'orange',
  LEFT: 'default',
};

/** An RM's posting: active, on probation, or left the bank. */
export function ManagerStatusTag({ status }: { status: RelationshipManagerStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="manager-status" data-status={status}>
      {t(`client.manager.statuses.${status}`)}
    </Tag>
  );
}
