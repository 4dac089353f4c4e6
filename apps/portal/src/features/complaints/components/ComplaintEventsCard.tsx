import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { ComplaintFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format';
import { bankWallClock } from '../hooks/bankTime';

type ComplaintEvent = ComplaintFieldsFragment['events'][number];

/** Every transition, oldest first: what was done, by whom, when on the bank's clock, and why. */
export function ComplaintEventsCard({
  events,
  timeZone,
}: {
  events: readonly ComplaintEvent[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const known = (action: string) => t(`complaint.action.${action}`, { defaultValue: action });
  const columns: ColumnsType<ComplaintEvent> = [
    {
      title: t('complaints.events.at', { zone: timeZone }),
      dataIndex: 'at',
      width: 170,
      render: (at: string) => bankWallClock(timeZone, new Date(at)),
    },
    {
      title: t('complaints.events.action'),
      dataIndex: 'action',
      width: 180,
      render: (action: string) => <span data-testid="complaint-event-action">{known(action)}</span>,
    },
    {
      title: t('complaints.events.status'),
      key: 'status',
      width: 250,
      render: (_, event) =>
        event.fromStatus && event.fromStatus !== event.toStatus
          ? `${t(`complaint.status.${event.fromStatus}`)} → ${t(`complaint.status.${event.toStatus}`)}`
          : t(`complaint.status.${event.toStatus}`),
    },
    {
      title: t('complaints.events.actor'),
      dataIndex: 'actorName',
      width: 140,
      ellipsis: true,
      render: (name: string | null) => name ?? t('complaints.events.system'),
    },
    {
      title: t('complaints.events.note'),
      key: 'note',
      render: (_, event) => (
        <>
          {event.assignedName && (
            <div>{t('complaints.events.assigned', { name: event.assignedName })}</div>
          )}
          {event.clientInformedOn && (
            <div>
              {t('complaints.events.clientInformed', { date: formatDate(event.clientInformedOn) })}
            </div>
          )}
          {event.note && (
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>“{event.note}”</Typography.Text>
          )}
        </>
      ),
    },
  ];
  return (
    <Card title={t('complaints.page.history')} size="small">
      <Table<ComplaintEvent>
        rowKey="id"
        size="small"
        data-testid="complaint-events"
        columns={columns}
        dataSource={events}
        pagination={false}
        tableLayout="fixed"
      />
    </Card>
  );
}
