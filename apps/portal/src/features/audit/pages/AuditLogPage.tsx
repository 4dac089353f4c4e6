import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { currentLanguage } from '../../../app/i18n';
import { CursorPager } from '../../../shared/components/CursorPager';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { NO_FILTERS, auditExportUrl, auditLogQuery } from '../hooks/auditLogParams';
import { useAuditChoices, useAuditLog } from '../hooks/useAuditLog';
import { useAuditLogParams } from '../hooks/useAuditLogParams';

export function AuditLogPage() {
  const { t } = useTranslation();
  const { timeZone } = useCurrentUser();
  const { params, change, nextPage, previousPage } = useAuditLogParams();
  const { connection, loading, error, refetch } = useAuditLog(params, timeZone);
  const choices = useAuditChoices();
  const endCursor = connection?.pageInfo.endCursor;
  // The form starts again from the URL whenever the URL's filters change (back, a link).
  const filterKey = auditLogQuery({ ...params, cursors: [] }).toString();

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
          {t('audit.title')}
        </Typography.Title>
      }
      extra={
        <Button
          icon={<FileExcelOutlined />}
          href={auditExportUrl(params, timeZone, currentLanguage())}
          data-testid="audit-export"
        >
          {t('audit.export')}
        </Button>
      }
    >
      <AuditFilters
        key={filterKey}
        params={params}
        operations={choices.operations}
        entityTypes={choices.entityTypes}
        onApply={(filter) => change({ ...NO_FILTERS, ...filter })}
      />
      {error && !connection ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : (
        <>
          <AuditTable
            rows={connection?.edges.map((e) => e.node) ?? []}
            loading={loading}
            timeZone={timeZone}
          />
          <CursorPager
            page={params.cursors.length + 1}
            hasPrevious={params.cursors.length > 0}
            hasNext={Boolean(connection?.pageInfo.hasNextPage && endCursor)}
            loading={loading}
            pageSize={params.pageSize}
            onPrevious={previousPage}
            onNext={() => {
              if (endCursor) nextPage(endCursor);
            }}
            onPageSizeChange={(pageSize) => change({ pageSize })}
          />
        </>
      )}
    </Card>
  );
}
