import { Space, Tag, Typography } from 'antd';
import { MANUAL_MOVE_REASONS, type ManualMoveReason } from '@corebook/domain';
import { useTranslation } from 'react-i18next';
import type { ClientTimelineQuery, TimelineKind } from '../../../gql/graphql';
import { TierTag } from '../../../shared/components/SegmentTags';
import { formatDate } from '../../../shared/format';
import { usePeriodReason } from '../../clients/components/periodReason';

export type TimelineEntry = ClientTimelineQuery['clientTimeline']['edges'][number]['node'];

export const KIND_COLORS: Record<TimelineKind, string> = {
  CONTACT: 'blue',
  ASSIGNMENT: 'green',
  EARLY_WARNING: 'red',
  RANKING: 'purple',
  COMPLAINT: 'volcano',
  SURVEY: 'cyan',
};

const isManualMoveReason = (code: string): code is ManualMoveReason =>
  (MANUAL_MOVE_REASONS as readonly string[]).includes(code);

function ContactEntry({ contact }: { contact: NonNullable<TimelineEntry['contact']> }) {
  const { t } = useTranslation();
  return (
    <>
      <Space size={6} wrap>
        <Typography.Text strong>
          {t(`contact.type.${contact.type}`)} · {t(`contact.purpose.${contact.purpose}`)}
        </Typography.Text>
        {contact.status !== 'DONE' && <Tag>{t(`contact.status.${contact.status}`)}</Tag>}
        {contact.outcome && <Tag>{t(`contact.outcome.${contact.outcome}`)}</Tag>}
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {contact.status === 'PLANNED'
          ? t('servicing.timeline.plannedBy', {
              name: contact.authorName,
              date: formatDate(contact.plannedOn),
            })
          : t('servicing.timeline.by', { name: contact.authorName })}
      </Typography.Text>
      {contact.notes && (
        <Typography.Paragraph
          ellipsis={{ rows: 2 }}
          style={{ margin: 0 }}
          data-testid="timeline-notes"
        >
          {contact.notes}
        </Typography.Paragraph>
      )}
    </>
  );
}

/** One event of the client's history, in words (the time is shown beside it). */
export function TimelineEntryView({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const periodReason = usePeriodReason();
  switch (entry.kind) {
    case 'CONTACT':
      return entry.contact ? <ContactEntry contact={entry.contact} /> : null;
    case 'ASSIGNMENT': {
      const reason = entry.reason ?? '';
      return (
        <>
          <Typography.Text strong>
            {entry.manager
              ? t('servicing.timeline.assigned', { name: entry.manager.name })
              : t('servicing.timeline.toPool')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {isManualMoveReason(reason)
              ? t('client.assignments.manualBecause', { why: t(`assignment.moveReason.${reason}`) })
              : periodReason(reason)}
          </Typography.Text>
        </>
      );
    }
    case 'EARLY_WARNING':
      return (
        <>
          <Typography.Text strong>
            {entry.reason === 'CORE_CLIENT_DECLINE'
              ? t('warnings.kinds.CORE_CLIENT_DECLINE')
              : entry.reason}
          </Typography.Text>
          {entry.manager && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('servicing.timeline.warningManager', { name: entry.manager.name })}
            </Typography.Text>
          )}
          {entry.warningAction && (
            <Typography.Text data-testid="timeline-warning-action">
              “{entry.warningAction}”
            </Typography.Text>
          )}
        </>
      );
    case 'RANKING':
      return (
        <Space size={6} wrap>
          <Typography.Text strong>
            {entry.tier && entry.previousTier
              ? t('servicing.timeline.tierChanged')
              : entry.tier
                ? t('servicing.timeline.becameCore')
                : t('servicing.timeline.leftCore')}
          </Typography.Text>
          {entry.previousTier && <TierTag tier={entry.previousTier} />}
          {entry.previousTier && entry.tier && '→'}
          {entry.tier && <TierTag tier={entry.tier} />}
        </Space>
      );
    case 'COMPLAINT':
      return (
        <>
          <Space size={6} wrap>
            <Typography.Text strong>{t('servicing.timeline.complaint')}</Typography.Text>
            {entry.complaint && <Tag>{t(`complaint.status.${entry.complaint.status}`)}</Tag>}
          </Space>
          {entry.complaint && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`complaint.business.${entry.complaint.business}`)} ·{' '}
              {t(`complaint.cause.${entry.complaint.cause}`)}
              {entry.manager &&
                ` · ${t('servicing.timeline.responsible', { name: entry.manager.name })}`}
            </Typography.Text>
          )}
        </>
      );
    case 'SURVEY':
      return (
        <>
          <Typography.Text strong>
            {entry.reason === 'COMPLAINT'
              ? t('servicing.timeline.complaintSurvey', { index: entry.satisfactionIndex })
              : t('servicing.timeline.survey', { index: entry.satisfactionIndex })}
          </Typography.Text>
          {entry.manager && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('servicing.timeline.credited', { name: entry.manager.name })}
            </Typography.Text>
          )}
        </>
      );
  }
}
