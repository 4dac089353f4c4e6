import type { HTMLAttributes } from 'react';
import { Empty, Space, Table, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssignmentPlanItemsQuery } from '../../../gql/graphql';
import { TierTag } from '../../../shared/components/SegmentTags';
import { formatMoney } from '../../../shared/format';
import { PlanActionTag } from './planTags';

export type PlanItemRow = NonNullable<
  AssignmentPlanItemsQuery['assignmentPlan']['items']
>['edges'][number]['node'];

interface PlanItemsTableProps {
  rows: readonly PlanItemRow[];
  loading: boolean;
  filtered: boolean;
}

/** The plan's diff: what happens to each client, from which RM to which, and why. */
export function PlanItemsTable({ rows, loading, filtered }: PlanItemsTableProps) {
  const { t, i18n } = useTranslation();
  const pool = <Typography.Text type="secondary">{t('assignment.pool')}</Typography.Text>;
  const columns: ColumnsType<PlanItemRow> = [
    {
      title: t('clients.columns.name'),
      key: 'client',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/clients/${row.client.id}`} data-testid="item-client">
            {row.client.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.client.clientNo}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('segments.tierLabel'),
      dataIndex: 'tier',
      width: 90,
      render: (tier: string | null) => <TierTag tier={tier} />,
    },
    {
      title: t('assignment.items.value'),
      dataIndex: 'value',
      align: 'right',
      render: (value: string) => formatMoney(value, i18n.language),
    },
    { title: t('assignment.items.workload'), dataIndex: 'workload', align: 'right', width: 90 },
    {
      title: t('assignment.items.action'),
      dataIndex: 'action',
      width: 110,
      render: (action: PlanItemRow['action']) => <PlanActionTag action={action} />,
    },
    {
      title: t('assignment.items.fromTo'),
      key: 'fromTo',
      render: (_, row) => (
        <Space size={6} data-testid="item-from-to">
          {row.fromManager?.name ?? pool}
          <ArrowRightOutlined style={{ color: '#8c8c8c', fontSize: 11 }} />
          <strong>{row.toManager?.name ?? pool}</strong>
        </Space>
      ),
    },
    {
      title: t('assignment.items.reason'),
      dataIndex: 'reason',
      render: (reason: PlanItemRow['reason']) => (
        <span data-testid="item-reason">{t(`assignment.reason.${reason}`)}</span>
      ),
    },
  ];
  return (
    <Table<PlanItemRow>
      rowKey={(row) => row.client.id}
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="plan-items"
      onRow={(row) =>
        ({
          'data-testid': 'plan-item-row',
          'data-action': row.action,
        }) as HTMLAttributes<HTMLElement>
      }
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              filtered ? t('assignment.items.emptyFiltered') : t('assignment.items.empty')
            }
          />
        ),
      }}
    />
  );
}
