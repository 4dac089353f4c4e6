import { useState } from 'react';
import { App, Button, Card, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { can } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { useClientComplaints } from '../hooks/useComplaints';
import { ComplaintsTable } from './ComplaintsTable';
import { RecordComplaintModal } from './RecordComplaintModal';

const SHOWN = 10;

/**
 * The client's complaints, newest first, on the client page, and recording one for this
 * client. Shown to those who may read complaints (not HR).
 */
export function ClientComplaintsCard({ client }: { client: { id: string; name: string } }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [recording, setRecording] = useState(false);
  const readable = can(user, 'complaint.read');
  const { complaints, loading, error, refetch } = useClientComplaints(client.id, SHOWN, !readable);
  if (!readable) return null;
  const total = complaints?.totalCount ?? 0;

  return (
    <Card
      size="small"
      title={t('complaints.client.title', { total })}
      data-testid="client-complaints"
      extra={
        can(user, 'complaint.record') && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setRecording(true)}
            data-testid="client-complaint-record"
          >
            {t('complaints.record.open')}
          </Button>
        )
      }
    >
      {error && !complaints ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : (
        <ComplaintsTable
          rows={complaints?.edges.map((edge) => edge.node) ?? []}
          loading={loading}
          showClient={false}
          emptyText={t('complaints.client.empty')}
        />
      )}
      {total > SHOWN && (
        <Typography.Text type="secondary">
          {t('complaints.client.newest', { shown: SHOWN, total })}
        </Typography.Text>
      )}
      {recording && (
        <RecordComplaintModal
          client={client}
          onClose={() => setRecording(false)}
          onSaved={() => {
            setRecording(false);
            void message.success(t('complaints.record.saved'));
          }}
        />
      )}
    </Card>
  );
}
