import { useState, type ReactNode } from 'react';
import { Card, Flex, Segmented, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValueTier } from '../../../gql/graphql';
import { ConnectionPager } from '../../../shared/components/ConnectionPager';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import type { PageSize } from '../../../shared/pageSizes';
import { useCursorStack } from '../../../shared/useCursorStack';
import { useRevisitQueue } from '../hooks/useRevisitQueue';
import { ContactFormModal } from './ContactFormModal';
import { RevisitQueueTable, type RevisitRow } from './RevisitQueueTable';

const TIERS: ValueTier[] = ['PLATINUM', 'GOLD', 'SILVER', 'BRONZE'];
const ALL = 'ALL';

interface RevisitQueueCardProps {
  title: ReactNode;
  /** Another RM's queue (a branch head's or admin's view); the caller's own when absent. */
  managerId?: number;
  /** Whether the viewer may log contacts (not admin). */
  canLog: boolean;
}

/**
 * An RM's revisit queue (回访清单, docs/domain.md rule 6): clients overdue, due within 7
 * days or with a planned contact, paged on the server and filtered by tier, each a click
 * away from logging a contact. A logged contact takes the client off (the queue is read
 * again before the dialog closes).
 */
export function RevisitQueueCard({ title, managerId, canLog }: RevisitQueueCardProps) {
  const { t, i18n } = useTranslation();
  const [tier, setTier] = useState<ValueTier | undefined>();
  const [pageSize, setPageSize] = useState<PageSize>(20);
  const pager = useCursorStack();
  const { connection, loading, error, refetch } = useRevisitQueue(
    managerId,
    tier,
    pageSize,
    pager.after,
  );
  const [logging, setLogging] = useState<RevisitRow['client'] | null>(null);
  const count = (n: number | undefined) =>
    n === undefined ? '—' : new Intl.NumberFormat(i18n.language).format(n);

  return (
    <Card title={title} data-testid="revisit-queue">
      <Flex justify="space-between" align="end" wrap gap={16} style={{ marginBottom: 12 }}>
        <Space size={32}>
          <Statistic
            title={t('servicing.queue.overdue')}
            value={count(connection?.overdueCount)}
            styles={{ content: { color: connection?.overdueCount ? '#cf1322' : undefined } }}
            data-testid="queue-overdue-count"
          />
          <Statistic
            title={t('servicing.queue.dueSoon')}
            value={count(connection?.dueSoonCount)}
            styles={{ content: { color: connection?.dueSoonCount ? '#d46b08' : undefined } }}
            data-testid="queue-due-soon-count"
          />
        </Space>
        <Space orientation="vertical" size={4}>
          <Typography.Text type="secondary">{t('segments.tierLabel')}</Typography.Text>
          <Segmented<string>
            value={tier ?? ALL}
            data-testid="queue-tier"
            options={[
              { value: ALL, label: t('common.all') },
              ...TIERS.map((value) => ({ value, label: t(`segments.tier.${value}`) })),
            ]}
            onChange={(value) => {
              setTier(value === ALL ? undefined : (value as ValueTier));
              pager.reset();
            }}
          />
        </Space>
      </Flex>
      {error && !connection ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : (
        <>
          <RevisitQueueTable
            rows={connection?.edges.map((edge) => edge.node) ?? []}
            loading={loading}
            filtered={tier !== undefined}
            onLog={canLog ? setLogging : undefined}
          />
          <ConnectionPager
            cursors={pager.cursors}
            pageSize={pageSize}
            connection={connection}
            loading={loading}
            summary={(total) => t('servicing.queue.total', { total })}
            onPrevious={pager.previous}
            onNext={pager.next}
            onPageSizeChange={(size) => {
              setPageSize(size);
              pager.reset();
            }}
          />
        </>
      )}
      {logging && (
        <ContactFormModal
          client={logging}
          mode={{ kind: 'log' }}
          onClose={() => setLogging(null)}
        />
      )}
    </Card>
  );
}
