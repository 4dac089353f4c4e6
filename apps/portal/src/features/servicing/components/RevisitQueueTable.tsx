import type { HTMLAttributes } from 'react';
import { Button, Empty, Table, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RevisitQueueQuery, RevisitReason } from '../../../gql/graphql';
import { TierTag } from '../../../shared/components/SegmentTags';
import { formatDate } from '../../../shared/format';
import { DueDate } from './DueDate';

export type RevisitRow = RevisitQueueQuery['revisitQueue']['edges'][number]['node'];

const REASON_COLORS: Record<RevisitReason, string> = {
  OVERDUE: 'red',
  DUE_SOON: 'orange',
  PLANNED: 'blue',
};

interface RevisitQueueTableProps {
  rows: readonly RevisitRow[];
  loading: boolean;
  filtered: boolean;
  /** Offered to those who write contacts (the RM, their branch head); admin only reads. */
  onLog?: (client: RevisitRow['client']) => void;
}

/** The queue as the API orders it: most days overdue first, then by value. */
export function RevisitQueueTable({ rows, loading, filtered, onLog }: RevisitQueueTableProps) {
  const { t } = useTranslation();
  const columns: ColumnsType<RevisitRow> = [
    {
      title: t('servicing.queue.columns.client'),
      key: 'client',
      render: (_, row) => (
        <>
          <Link to={`/clients/${row.client.id}`} data-testid="queue-client">
            {row.client.name}
          </Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {row.client.clientNo}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('segments.tierLabel'),
      dataIndex: 'tier',
      width: 80,
      render: (tier: RevisitRow['tier']) => <TierTag tier={tier} />,
    },
    {
      title: t('servicing.queue.columns.reason'),
      dataIndex: 'reason',
      width: 100,
      render: (reason: RevisitReason) => (
        <Tag color={REASON_COLORS[reason]} data-testid="queue-reason" data-reason={reason}>
          {t(`contact.revisitReason.${reason}`)}
        </Tag>
      ),
    },
    {
      title: t('servicing.queue.columns.dueOn'),
      dataIndex: 'dueOn',
      width: 200,
      render: (dueOn: string | null, row) => (
        <DueDate dueOn={dueOn} daysOverdue={row.daysOverdue} />
      ),
    },
    {
      title: t('servicing.queue.columns.lastContactOn'),
      dataIndex: 'lastContactOn',
      width: 110,
      render: (date: string | null) =>
        date ? (
          formatDate(date)
        ) : (
          <Typography.Text type="secondary">{t('servicing.cycle.never')}</Typography.Text>
        ),
    },
    {
      title: t('servicing.queue.columns.plannedOn'),
      dataIndex: 'plannedOn',
      width: 110,
      render: (date: string | null) => formatDate(date),
    },
    ...(onLog
      ? ([
          {
            key: 'log',
            width: 130,
            align: 'right',
            render: (_, row) => (
              <Button
                size="small"
                type="primary"
                ghost
                icon={<PhoneOutlined />}
                onClick={() => onLog(row.client)}
                data-testid="queue-log-contact"
              >
                {t('servicing.contact.log')}
              </Button>
            ),
          },
        ] satisfies ColumnsType<RevisitRow>)
      : []),
  ];

  return (
    <Table<RevisitRow>
      rowKey={(row) => row.client.id}
      size="small"
      data-testid="queue-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      onRow={() => ({ 'data-testid': 'queue-row' }) as HTMLAttributes<HTMLElement>}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={filtered ? t('servicing.queue.emptyFiltered') : t('servicing.queue.empty')}
            data-testid="queue-empty"
          />
        ),
      }}
    />
  );
}
