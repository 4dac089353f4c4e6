import { useState } from 'react';
import { App, Button, Card, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, hasOwnFile, worksBankWide } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth';
import { ConnectionPager } from '../../../shared/components/ConnectionPager';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { BranchesQuery } from '../../clients/graphql/clients.graphql';
import { ComplaintFilters, NO_COMPLAINT_FILTERS } from '../components/ComplaintFilters';
import { ComplaintsTable } from '../components/ComplaintsTable';
import { MyServiceQuality } from '../components/MyServiceQuality';
import { RecordComplaintModal } from '../components/RecordComplaintModal';
import { isFiltered } from '../hooks/complaintListParams';
import { useComplaintListParams } from '../hooks/useComplaintListParams';
import { useComplaints } from '../hooks/useComplaints';

/**
 * The complaints in the caller's scope (an RM's book and those they handle, a head's
 * branch, admin's bank), open ones first by default, server-paged; recorded from here too.
 */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const bankWide = worksBankWide(user);
  const branches = useQuery(BranchesQuery, { skip: !bankWide });
  const { params, change, nextPage, previousPage } = useComplaintListParams();
  const { connection, loading, error, refetch } = useComplaints(params);
  const [recording, setRecording] = useState(false);
  const filtered = isFiltered(params);

  return (
    <>
      {hasOwnFile(user) && <MyServiceQuality />}
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
            {t('complaints.list.title')}
          </Typography.Title>
        }
        extra={
          can(user, 'complaint.record') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              data-testid="complaint-record"
            >
              {t('complaints.record.open')}
            </Button>
          )
        }
      >
        <ComplaintFilters
          params={params}
          branches={bankWide ? (branches.data?.branches ?? []) : undefined}
          onChange={change}
        />
        {error && !connection ? (
          <ErrorResult error={error} onRetry={refetch} />
        ) : (
          <>
            <ComplaintsTable
              rows={connection?.edges.map((edge) => edge.node) ?? []}
              loading={loading}
              emptyText={filtered ? t('complaints.list.emptyFiltered') : t('complaints.list.empty')}
              onClearFilters={filtered ? () => change(NO_COMPLAINT_FILTERS) : undefined}
            />
            <ConnectionPager
              cursors={params.cursors}
              pageSize={params.pageSize}
              connection={connection}
              loading={loading}
              summary={(total) => t('complaints.list.total', { total })}
              onPrevious={previousPage}
              onNext={nextPage}
              onPageSizeChange={(pageSize) => change({ pageSize })}
            />
          </>
        )}
      </Card>
      {recording && (
        <RecordComplaintModal
          onClose={() => setRecording(false)}
          onSaved={(complaint) => {
            setRecording(false);
            void message.success(t('complaints.record.saved'));
            void navigate(`/complaints/${complaint.id}`);
          }}
        />
      )}
    </>
  );
}
