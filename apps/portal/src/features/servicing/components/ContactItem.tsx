import { Button, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import type { ContactFieldsFragment, ContactOutcome, ContactStatus } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format';
import { onBankClock } from '../hooks/contactTime';

const STATUS_COLORS: Record<ContactStatus, string> = {
  DONE: 'green',
  PLANNED: 'blue',
  CANCELLED: 'default',
};
const OUTCOME_COLORS: Record<ContactOutcome, string> = {
  POSITIVE: 'green',
  NEUTRAL: 'default',
  NEGATIVE: 'red',
  NOT_REACHED: 'orange',
};

/** What may be done to a contact: edit (its author, in the window), correct, complete, cancel. */
export type ContactAction = 'edit' | 'addendum' | 'complete' | 'cancel';

export function actionsFor(contact: ContactFieldsFragment): ContactAction[] {
  if (contact.status === 'PLANNED') return ['complete', 'cancel'];
  if (contact.status === 'DONE') return [contact.editable ? 'edit' : 'addendum'];
  return [];
}

interface ContactItemProps {
  contact: ContactFieldsFragment;
  /** Absent for those who only read contacts (admin). */
  onAction?: (action: ContactAction) => void;
}

/** One contact: when, how, why, what came of it, the author, the notes and any corrections. */
export function ContactItem({ contact, onAction }: ContactItemProps) {
  const { t } = useTranslation();
  const { timeZone } = useCurrentUser();
  const when =
    contact.status === 'DONE'
      ? onBankClock(timeZone, contact.occurredAt)
      : t('servicing.contacts.plannedFor', { date: formatDate(contact.plannedOn) });
  return (
    <div data-testid="contact-item" data-status={contact.status} style={{ padding: '10px 0' }}>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Space size={6} wrap>
          <Tag color={STATUS_COLORS[contact.status]}>{t(`contact.status.${contact.status}`)}</Tag>
          <Typography.Text strong>
            {t(`contact.type.${contact.type}`)} · {t(`contact.purpose.${contact.purpose}`)}
          </Typography.Text>
          {contact.outcome && (
            <Tag color={OUTCOME_COLORS[contact.outcome]}>
              {t(`contact.outcome.${contact.outcome}`)}
            </Tag>
          )}
          {contact.status === 'DONE' && !contact.counts && (
            <Tag data-testid="contact-not-counted">{t('servicing.contacts.notCounted')}</Tag>
          )}
        </Space>
        {onAction && (
          <Space size={4}>
            {actionsFor(contact).map((action) => (
              <Button
                key={action}
                size="small"
                danger={action === 'cancel'}
                onClick={() => onAction(action)}
                data-testid={`contact-${action}`}
              >
                {t(`servicing.contacts.actions.${action}`)}
              </Button>
            ))}
          </Space>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('servicing.contacts.byline', { when, name: contact.authorName })}
      </Typography.Text>
      {contact.notes && (
        <Typography.Paragraph
          style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}
          ellipsis={{ rows: 3, expandable: 'collapsible' }}
          data-testid="contact-notes-text"
        >
          {contact.notes}
        </Typography.Paragraph>
      )}
      {contact.nextStep && (
        <Typography.Paragraph style={{ margin: '4px 0 0' }} data-testid="contact-next-step-text">
          <Typography.Text type="secondary">{t('servicing.contacts.nextStep')}</Typography.Text>{' '}
          {contact.nextStep}
        </Typography.Paragraph>
      )}
      {contact.cancelReason && (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: '4px 0 0' }}
          data-testid="contact-cancel-reason"
        >
          {t('servicing.contacts.cancelled', { reason: contact.cancelReason })}
        </Typography.Paragraph>
      )}
      {contact.addenda.map((addendum) => (
        <div
          key={addendum.id}
          data-testid="contact-addendum-text"
          style={{ margin: '6px 0 0', paddingLeft: 12, borderLeft: '3px solid #d9d9d9' }}
        >
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {t('servicing.contacts.addendumBy', {
              name: addendum.authorName,
              when: onBankClock(timeZone, addendum.createdAt),
            })}
          </Typography.Text>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="contact-addendum-words">
            {addendum.text}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
