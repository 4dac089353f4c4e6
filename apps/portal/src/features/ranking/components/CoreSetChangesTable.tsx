import { useState, type HTMLAttributes, type ReactNode } from 'react';
import { Empty, Space, Table, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CoreChange, CoreSetChangesQuery } from '../../../gql/graphql';
import { ConnectionPager } from '../../../shared/components/ConnectionPager';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { TierTag } from '../../../shared/components/SegmentTags';
import { formatMoney } from '../../../shared/format';
import type { PageSize } from '../../../shared/pageSizes';
import { useCursorStack } from '../../../shared/useCursorStack';
import { useCoreSetChanges } from '../hooks/useCoreSetChanges';

type ChangeRow = CoreSetChangesQuery['coreSetChanges']['edges'][number]['node'];

function BeforeNow({ before, now }: { before: ReactNode; now: ReactNode }) {
  return (
    <Space size={4}>
      {before}
      <ArrowRightOutlined style={{ color: '#8c8c8c', fontSize: 11 }} />
      {now}
    </Space>
  );
}

export function CoreSetChangesTable({
  change,
  branchId,
}: {
  change: CoreChange;
  branchId?: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const pager = useCursorStack();
  const [pageSize, setPageSize] = useState<PageSize>(20);
  const { connection, loading, error, refetch } = useCoreSetChanges(
    change,
    branchId,
    pageSize,
    pager.after,
  );
  if (error && !connection) return <ErrorResult error={error} onRetry={refetch} />;

  const columns: ColumnsType<ChangeRow> = [
    {
      title: t('clients.columns.name'),
      key: 'client',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/clients/${row.client.id}`} data-testid="core-change-client">
            {row.client.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.client.clientNo}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('clients.columns.branch'),
      key: 'branch',
      render: (_, row) => row.client.branch.name,
    },
    {
      title: t('clients.columns.manager'),
      key: 'manager',
      render: (_, row) => row.client.manager?.name ?? t('clients.unassigned'),
    },
    {
      title: t('coreChanges.tier'),
      key: 'tier',
      render: (_, row) => (
        <BeforeNow
          before={<TierTag tier={row.tierBefore} />}
          now={<TierTag tier={row.tierNow} />}
        />
      ),
    },
    {
      title: t('coreChanges.value'),
      key: 'value',
      align: 'right',
      render: (_, row) => (
        <BeforeNow
          before={formatMoney(row.valueBefore, locale)}
          now={<strong>{formatMoney(row.valueNow, locale)}</strong>}
        />
      ),
    },
  ];

  const firstRun = connection && connection.previousRunId === null;
  return (
    <>
      {firstRun && (connection?.totalCount ?? 0) > 0 && (
        <Typography.Paragraph type="secondary" data-testid="core-changes-first-run">
          {t('coreChanges.firstRunNote')}
        </Typography.Paragraph>
      )}
      <Table<ChangeRow>
        rowKey={(row) => row.client.id}
        size="small"
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={() => ({ 'data-testid': 'core-change-row' }) as HTMLAttributes<HTMLElement>}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={firstRun ? t('coreChanges.firstRun') : t('coreChanges.none')}
            />
          ),
        }}
      />
      <ConnectionPager
        cursors={pager.cursors}
        pageSize={pageSize}
        connection={connection}
        loading={loading}
        summary={(total) => t('common.totalClients', { total })}
        onPrevious={pager.previous}
        onNext={pager.next}
        onPageSizeChange={(size) => {
          setPageSize(size);
          pager.reset();
        }}
      />
    </>
  );
}
