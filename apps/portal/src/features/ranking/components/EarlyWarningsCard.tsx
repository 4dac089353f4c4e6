import { useState, type HTMLAttributes } from 'react';
import { Badge, Button, Card, Empty, Table, Typography } from 'antd';
import { CheckOutlined, WarningFilled } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EarlyWarningsQuery } from '../../../gql/graphql';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { LifecycleTag, TierTag } from '../../../shared/components/SegmentTags';
import { formatDateTime } from '../../../shared/format';
import type { useEarlyWarnings } from '../hooks/useEarlyWarnings';
import { AcknowledgeWarningModal } from './AcknowledgeWarningModal';

type Warning = EarlyWarningsQuery['earlyWarnings']['edges'][number]['node'];

interface EarlyWarningsCardProps {
  warnings: ReturnType<typeof useEarlyWarnings>;
  /** A branch head sees whose client it is. */
  showManager: boolean;
}

/**
 * Core clients entering decline (docs/domain.md rule 5): retaining them costs a fraction of
 * winning new ones, so the RM and the branch head see them first and act on each, saying
 * what they did.
 */
export function EarlyWarningsCard({ warnings, showManager }: EarlyWarningsCardProps) {
  const { t } = useTranslation();
  const [acting, setActing] = useState<Warning | null>(null);

  const columns: ColumnsType<Warning> = [
    {
      title: t('warnings.client'),
      key: 'client',
      render: (_, row) => (
        <Link to={`/clients/${row.client.id}`} data-testid="warning-client">
          {row.client.name}
        </Link>
      ),
    },
    {
      title: t('warnings.kind'),
      dataIndex: 'kind',
      render: (kind: string) =>
        kind === 'CORE_CLIENT_DECLINE' ? t('warnings.kinds.CORE_CLIENT_DECLINE') : kind,
    },
    {
      title: t('segments.tierLabel'),
      key: 'tier',
      width: 90,
      render: (_, row) => <TierTag tier={row.client.tier} />,
    },
    {
      title: t('segments.lifecycleLabel'),
      key: 'stage',
      width: 100,
      render: (_, row) => <LifecycleTag stage={row.client.lifecycleStage} />,
    },
    ...(showManager
      ? ([
          {
            title: t('clients.columns.manager'),
            key: 'manager',
            render: (_, row) => row.client.manager?.name ?? t('clients.unassigned'),
          },
        ] satisfies ColumnsType<Warning>)
      : []),
    {
      title: t('warnings.raisedAt'),
      dataIndex: 'raisedAt',
      width: 150,
      render: (at: string) => formatDateTime(at),
    },
    {
      key: 'acknowledge',
      width: 130,
      align: 'right',
      render: (_, row) => (
        <Button
          size="small"
          icon={<CheckOutlined />}
          onClick={() => setActing(row)}
          data-testid="warning-acknowledge"
        >
          {t('warnings.acknowledge')}
        </Button>
      ),
    },
  ];

  const title = (
    <span>
      <WarningFilled style={{ color: '#fa541c', marginRight: 8 }} />
      {t('warnings.title')}{' '}
      <Badge count={warnings.totalCount} showZero color={warnings.totalCount ? 'red' : 'green'} />
    </span>
  );

  return (
    <Card title={title} size="small" data-testid="early-warnings">
      {warnings.error && warnings.warnings.length === 0 ? (
        <ErrorResult error={warnings.error} onRetry={warnings.refetch} />
      ) : (
        <>
          <Table<Warning>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={warnings.warnings}
            loading={warnings.loading}
            pagination={warnings.warnings.length > 5 ? { pageSize: 5, size: 'small' } : false}
            scroll={{ x: 'max-content' }}
            onRow={() => ({ 'data-testid': 'warning-row' }) as HTMLAttributes<HTMLElement>}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('warnings.none')}
                  data-testid="warnings-empty"
                />
              ),
            }}
          />
          {warnings.totalCount > warnings.warnings.length && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('warnings.more', {
                shown: warnings.warnings.length,
                total: warnings.totalCount,
              })}
            </Typography.Text>
          )}
        </>
      )}
      {acting && <AcknowledgeWarningModal warning={acting} onClose={() => setActing(null)} />}
    </Card>
  );
}
