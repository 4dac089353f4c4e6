import { Button, Card, Space, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { currentLanguage } from '../../../app/i18n';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { clientsTitleFor } from '../../../app/navigation';
import { ConnectionPager } from '../../../shared/components/ConnectionPager';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { EarlyWarningsCard } from '../../ranking/components/EarlyWarningsCard';
import { useEarlyWarnings } from '../../ranking/hooks/useEarlyWarnings';
import { ClientsTable } from '../components/ClientsTable';
import { ClientsToolbar } from '../components/ClientsToolbar';
import { NO_FILTERS, clientsExportUrl, hasFilters } from '../hooks/clientListParams';
import { useClientListParams } from '../hooks/useClientListParams';
import { useClients } from '../hooks/useClients';
import { useScopeOptions } from '../hooks/useScopeOptions';
import { worksBankWide, worksOnOwnBranch } from '../../../app/access';

/** "My clients" for an RM, the branch's clients for a branch head, all for an admin. */
export function ClientsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { params, change, nextPage, previousPage } = useClientListParams();
  const { connection, loading, error, refetch } = useClients(params);

  // The server scopes the rows; these filters only narrow what it already allows.
  const bankWide = worksBankWide(user);
  const ownBranch = worksOnOwnBranch(user);
  const showBranchFilter = bankWide;
  const showManagerFilter = bankWide || ownBranch;
  // A branch head's RM list is their own branch's; an admin's follows the branch filter.
  const rmBranch = ownBranch ? user.branch?.id : params.branchId;
  const scope = useScopeOptions(showManagerFilter, showBranchFilter, rmBranch);
  // This page is the RM's and the branch head's home: open warnings come first (rule 5).
  const showWarnings = !bankWide;
  const warnings = useEarlyWarnings({ skip: !showWarnings });

  const title = (
    <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
      {t(clientsTitleFor(user.role))}
    </Typography.Title>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {showWarnings && <EarlyWarningsCard warnings={warnings} showManager={ownBranch} />}
      <Card
        title={title}
        extra={
          <Button
            icon={<FileExcelOutlined />}
            href={clientsExportUrl(params, currentLanguage())}
            data-testid="clients-export"
          >
            {t('clients.export.button')}
          </Button>
        }
      >
        <ClientsToolbar
          params={params}
          showBranchFilter={showBranchFilter}
          showManagerFilter={showManagerFilter}
          branches={scope.branches}
          managers={scope.managers}
          onChange={change}
        />
        {error && !connection ? (
          <ErrorResult error={error} onRetry={refetch} />
        ) : (
          <>
            <ClientsTable
              rows={connection?.edges.map((edge) => edge.node) ?? []}
              loading={loading}
              sort={params.sort}
              filtered={hasFilters(params)}
              showBranch={showBranchFilter}
              showManager={showManagerFilter}
              onSortChange={(sort) => change({ sort })}
              onClearFilters={() => change(NO_FILTERS)}
            />
            <ConnectionPager
              cursors={params.cursors}
              pageSize={params.pageSize}
              connection={connection}
              loading={loading}
              summary={(total) => t('common.totalClients', { total })}
              onPrevious={previousPage}
              onNext={nextPage}
              onPageSizeChange={(pageSize) => change({ pageSize })}
            />
          </>
        )}
      </Card>
    </Space>
  );
}
