import { Button, Empty, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ComplaintRowFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format';
import { SeverityTag, StandingTag, StatusTag } from './ComplaintTags';

interface ComplaintsTableProps {
  rows: readonly ComplaintRowFieldsFragment[];
  loading: boolean;
  /** The client column: the client page lists one client's only. */
  showClient?: boolean;
  emptyText: string;
  /** Offered in the empty state when filters hide everything. */
  onClearFilters?: () => void;
}

function Secondary({ children }: { children: string }) {
  return (
    <Typography.Text
      type="secondary"
      ellipsis={{ tooltip: children }}
      style={{ display: 'block', fontSize: 12 }}
    >
      {children}
    </Typography.Text>
  );
}

/** Complaints, newest received first: each opens its page; the clock's standing stands out. */
export function ComplaintsTable({
  rows,
  loading,
  showClient = true,
  emptyText,
  onClearFilters,
}: ComplaintsTableProps) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const columns: ColumnsType<ComplaintRowFieldsFragment> = [
    {
      title: t('complaints.fields.received'),
      key: 'received',
      width: 100,
      render: (_, row) => (
        <>
          <Link to={`/complaints/${row.id}`} data-testid="complaint-link">
            {formatDate(row.receivedOn)}
          </Link>
          <Secondary>{`#${row.id}`}</Secondary>
        </>
      ),
    },
    ...(showClient
      ? [
          {
            title: t('complaints.fields.client'),
            key: 'client',
            ellipsis: true,
            render: (_: unknown, row: ComplaintRowFieldsFragment) => (
              <>
                <Link to={`/clients/${row.client.id}`} data-testid="complaint-client">
                  {row.client.name}
                </Link>
                <Secondary>{row.client.clientNo}</Secondary>
              </>
            ),
          },
        ]
      : []),
    {
      title: t('complaints.fields.category'),
      key: 'category',
      ellipsis: true,
      render: (_, row) => (
        <>
          {t(`complaint.business.${row.business}`)}
          <Secondary>{t(`complaint.cause.${row.cause}`)}</Secondary>
        </>
      ),
    },
    {
      // Two to a cell, so the list fits a 1280 px screen with the names readable.
      title: t('complaints.list.severityComplexity'),
      key: 'severity',
      width: 116,
      render: (_, row) => (
        <>
          <SeverityTag severity={row.severity} />
          <Secondary>{t(`complaint.complexity.${row.complexity}`)}</Secondary>
        </>
      ),
    },
    {
      title: t('complaints.list.statusClock'),
      key: 'status',
      width: 112,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <StatusTag status={row.status} />
          <StandingTag standing={row.standing} />
        </Space>
      ),
    },
    {
      title: t('complaints.fields.dueOn'),
      dataIndex: 'dueOn',
      width: 100,
      render: (_, row) => (
        <Typography.Text type={row.standing === 'OVERDUE' ? 'danger' : undefined}>
          {formatDate(row.dueOn)}
        </Typography.Text>
      ),
    },
    {
      title: t('complaints.fields.handler'),
      dataIndex: 'handlerName',
      width: 110,
      ellipsis: true,
      render: (_, row) => <span data-testid="complaint-handler">{row.handlerName ?? none}</span>,
    },
    {
      title: t('complaints.fields.responsibleManager'),
      key: 'responsibleManager',
      width: 124,
      ellipsis: true,
      render: (_, row) => (
        <span data-testid="complaint-responsible">
          {row.responsibleManager?.name ?? t('complaints.branchPool')}
        </span>
      ),
    },
  ];

  return (
    <Table<ComplaintRowFieldsFragment>
      rowKey="id"
      size="small"
      data-testid="complaints-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      tableLayout="fixed"
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={<span data-testid="complaints-empty">{emptyText}</span>}
          >
            {onClearFilters && (
              <Button onClick={onClearFilters} data-testid="complaints-clear-filters">
                {t('complaints.list.clearFilters')}
              </Button>
            )}
          </Empty>
        ),
      }}
    />
  );
}
