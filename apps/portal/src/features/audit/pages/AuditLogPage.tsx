import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '../../../shared/components/CursorPager';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { useAuditLog } from '../hooks/useAuditLog';

export function AuditLogPage() {
  const { t } = useTranslation();
  const audit = useAuditLog();
  const { connection } = audit;

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
          {t('audit.title')}
        </Typography.Title>
      }
    >
      <AuditFilters onApply={audit.setFilter} />
      {audit.error && !connection ? (
        <ErrorResult error={audit.error} onRetry={audit.refetch} />
      ) : (
        <>
          <AuditTable rows={connection?.edges.map((e) => e.node) ?? []} loading={audit.loading} />
          <CursorPager
            page={audit.pager.page}
            hasPrevious={audit.pager.hasPrevious}
            hasNext={Boolean(connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor)}
            loading={audit.loading}
            pageSize={audit.pageSize}
            onPrevious={audit.pager.previous}
            onNext={() => {
              const cursor = connection?.pageInfo.endCursor;
              if (cursor) audit.pager.next(cursor);
            }}
            onPageSizeChange={audit.setPageSize}
          />
        </>
      )}
    </Card>
  );
}
