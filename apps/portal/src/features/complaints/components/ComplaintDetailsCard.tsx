import { Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ComplaintFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format';
import { bankWallClock } from '../hooks/bankTime';
import { SeverityTag } from './ComplaintTags';

const longText = { whiteSpace: 'pre-wrap' as const, margin: 0 };

/** What the client complained of, as recorded; times on the bank's clock. */
export function ComplaintDetailsCard({
  complaint,
  timeZone,
}: {
  complaint: ComplaintFieldsFragment;
  timeZone: string;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t('complaints.page.details')} size="small" data-testid="complaint-details">
      <Descriptions
        column={2}
        size="small"
        items={[
          {
            key: 'client',
            label: t('complaints.fields.client'),
            children: (
              <Link to={`/clients/${complaint.client.id}`} data-testid="complaint-client">
                {complaint.client.name} ({complaint.client.clientNo})
              </Link>
            ),
          },
          {
            key: 'channel',
            label: t('complaints.fields.channel'),
            children: t(`complaint.channel.${complaint.channel}`),
          },
          {
            key: 'receivedAt',
            label: t('complaints.fields.receivedAt'),
            children: (
              <span title={timeZone}>
                {bankWallClock(timeZone, new Date(complaint.receivedAt))}
              </span>
            ),
          },
          {
            key: 'incidentOn',
            label: t('complaints.fields.incidentOn'),
            children: formatDate(complaint.incidentOn),
          },
          {
            key: 'business',
            label: t('complaints.fields.business'),
            children: t(`complaint.business.${complaint.business}`),
          },
          {
            key: 'cause',
            label: t('complaints.fields.cause'),
            children: t(`complaint.cause.${complaint.cause}`),
          },
          {
            key: 'severity',
            label: t('complaints.fields.severity'),
            children: <SeverityTag severity={complaint.severity} />,
          },
          {
            key: 'complexity',
            label: t('complaints.fields.complexity'),
            children: t(`complaint.complexity.${complaint.complexity}`),
          },
          {
            key: 'description',
            label: t('complaints.fields.description'),
            span: 2,
            children: (
              <Typography.Paragraph style={longText} data-testid="complaint-description">
                {complaint.description}
              </Typography.Paragraph>
            ),
          },
          {
            key: 'clientRequest',
            label: t('complaints.fields.clientRequest'),
            span: 2,
            children: complaint.clientRequest ? (
              <Typography.Paragraph style={longText}>
                {complaint.clientRequest}
              </Typography.Paragraph>
            ) : (
              t('common.none')
            ),
          },
          {
            key: 'recordedBy',
            label: t('complaints.fields.recordedBy'),
            span: 2,
            children: complaint.recordedByName,
          },
        ]}
      />
    </Card>
  );
}
