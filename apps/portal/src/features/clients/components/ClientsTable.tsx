import type { HTMLAttributes } from 'react';
import { Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { WarningFilled } from '@ant-design/icons';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClientSort, ClientsQuery } from '../../../gql/graphql';
import { CoreTag, LifecycleTag, RfmScore, TierTag } from '../../../shared/components/SegmentTags';
import { formatDate, formatMoney } from '../../../shared/format';
import { orderFor, sortDirectionsFor, sortFor, type SortableColumn } from './clientSort';

export type ClientRow = ClientsQuery['clients']['edges'][number]['node'];

interface ClientsTableProps {
  rows: readonly ClientRow[];
  loading: boolean;
  sort: ClientSort;
  filtered: boolean;
  /** The branch column: only admin's list spans branches. */
  showBranch: boolean;
  /** The RM column: an RM's own book does not need it. */
  showManager: boolean;
  onSortChange(sort: ClientSort): void;
  onClearFilters(): void;
}

export function ClientsTable({
  rows,
  loading,
  sort,
  filtered,
  showBranch,
  showManager,
  onSortChange,
  onClearFilters,
}: ClientsTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const locale = i18n.language;

  const sortable = (column: SortableColumn) => ({
    key: column,
    sorter: true,
    sortOrder: orderFor(column, sort),
    sortDirections: sortDirectionsFor(column),
  });

  const columns: ColumnsType<ClientRow> = [
    {
      // The client number under the name: one column less, so a branch head's list fits a
      // 1440 px screen; the name stays in view when admin's wider list scrolls.
      title: t('clients.columns.name'),
      dataIndex: 'name',
      width: 200,
      fixed: 'left',
      ...sortable('name'),
      render: (name: string, row) => (
        <>
          <Space size={6}>
            <Link
              to={`/clients/${row.id}`}
              onClick={(e) => e.stopPropagation()}
              data-testid="client-link"
            >
              {name}
            </Link>
            {/* Acknowledging updates the cached warning before the list is read again. */}
            {row.openEarlyWarning && !row.openEarlyWarning.acknowledgedAt && (
              <Tooltip title={t('warnings.kinds.CORE_CLIENT_DECLINE')}>
                <WarningFilled style={{ color: '#fa541c' }} data-testid="client-warning" />
              </Tooltip>
            )}
          </Space>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {row.clientNo}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('clients.columns.kind'),
      dataIndex: 'kind',
      width: 96,
      render: (kind: ClientRow['kind']) => (
        <Tag color={kind === 'CORPORATE' ? 'geekblue' : 'default'}>{t(`clients.kind.${kind}`)}</Tag>
      ),
    },
    ...(showManager
      ? ([
          {
            // Over the whole bank, the branch sits under the RM: one column, so admin's list
            // scrolls less.
            title: showBranch
              ? t('clients.columns.managerAndBranch')
              : t('clients.columns.manager'),
            key: 'manager',
            // Wide enough that a name never breaks a character per line.
            width: showBranch ? 150 : 110,
            render: (_, row) => (
              <>
                {row.manager?.name ?? (
                  <Typography.Text type="secondary">{t('clients.unassigned')}</Typography.Text>
                )}
                {showBranch && (
                  <Typography.Text
                    type="secondary"
                    style={{ display: 'block', fontSize: 12 }}
                    data-testid="client-branch"
                  >
                    {row.branch.name}
                  </Typography.Text>
                )}
              </>
            ),
          },
        ] satisfies ColumnsType<ClientRow>)
      : []),
    {
      title: t('clients.columns.contribution12m'),
      dataIndex: 'contribution12m',
      align: 'right',
      width: 130,
      ...sortable('contribution12m'),
      onCell: () => ({ 'data-testid': 'cell-contribution' }) as HTMLAttributes<HTMLElement>,
      render: (amount: string) => formatMoney(amount, locale),
    },
    {
      title: t('clients.columns.aum'),
      dataIndex: 'aum',
      align: 'right',
      width: 130,
      ...sortable('aum'),
      render: (amount: string) => formatMoney(amount, locale),
    },
    {
      title: t('segments.tierLabel'),
      dataIndex: 'tier',
      width: 80,
      render: (tier: ClientRow['tier']) => <TierTag tier={tier} />,
    },
    {
      title: t('segments.coreLabel'),
      dataIndex: 'core',
      width: 84,
      align: 'center',
      render: (core: boolean) => <CoreTag core={core} compact />,
    },
    {
      title: t('segments.rfm'),
      key: 'rfm',
      width: 80,
      render: (_, row) => <RfmScore rfm={row.rfm} />,
    },
    {
      title: t('segments.lifecycleLabel'),
      dataIndex: 'lifecycleStage',
      width: 100,
      render: (stage: ClientRow['lifecycleStage']) => <LifecycleTag stage={stage} />,
    },
    {
      title: t('clients.columns.lastActivity'),
      dataIndex: 'lastActivityOn',
      width: 110,
      render: (date: string | null) => formatDate(date),
    },
  ];

  return (
    <Table<ClientRow>
      rowKey="id"
      size="small"
      data-testid="clients-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 990 + (showManager ? (showBranch ? 150 : 110) : 0) }}
      showSorterTooltip={false}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={filtered ? t('clients.empty') : t('clients.emptyBook')}
            data-testid="clients-empty"
          >
            {/* The filters hide every client: say so, and offer the way back to the list. */}
            {filtered && (
              <Button onClick={onClearFilters} data-testid="empty-clear-filters">
                {t('clients.filters.clear')}
              </Button>
            )}
          </Empty>
        ),
      }}
      onChange={(_pagination, _filters, sorter) => {
        const single = (Array.isArray(sorter) ? sorter[0] : sorter) as
          SorterResult<ClientRow> | undefined;
        onSortChange(sortFor(single?.columnKey, single?.order));
      }}
      onRow={(row) =>
        ({
          onClick: () => void navigate(`/clients/${row.id}`),
          style: { cursor: 'pointer' },
          'data-testid': 'client-row',
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
