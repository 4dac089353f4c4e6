import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { CalendarOutlined, PhoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClientCycleFieldsFragment } from '../../../gql/graphql';
import { TierTag } from '../../../shared/components/SegmentTags';
import { formatDate } from '../../../shared/format';
import { DueDate } from './DueDate';

interface ContactCycleCardProps {
  cycle: ClientCycleFieldsFragment | undefined;
  /** Offered to those who write contacts of the client (its RM, the branch head). */
  onLog?: () => void;
  onPlan?: () => void;
}

/** The client's contact cycle now: tier, days between contacts, last contact, next due date. */
export function ContactCycleCard({ cycle, onLog, onPlan }: ContactCycleCardProps) {
  const { t } = useTranslation();
  const none = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  return (
    <Card
      title={t('servicing.cycle.title')}
      size="small"
      loading={!cycle}
      data-testid="contact-cycle"
      style={{ height: '100%' }}
    >
      {cycle && !cycle.tier ? (
        <Typography.Paragraph type="secondary" data-testid="cycle-none">
          {t('servicing.cycle.notCore')}
        </Typography.Paragraph>
      ) : (
        cycle && (
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'tier',
                label: t('segments.tierLabel'),
                children: <TierTag tier={cycle.tier} />,
              },
              {
                key: 'cycleDays',
                label: t('servicing.cycle.cycleDays'),
                children: t('servicing.cycle.days', { count: cycle.cycleDays ?? 0 }),
              },
              {
                key: 'lastContactOn',
                label: t('servicing.cycle.lastContactOn'),
                children: cycle.lastContactOn
                  ? formatDate(cycle.lastContactOn)
                  : none(t('servicing.cycle.never')),
              },
              {
                key: 'dueOn',
                label: t('servicing.cycle.dueOn'),
                children: cycle.dueOn ? (
                  <DueDate dueOn={cycle.dueOn} />
                ) : (
                  none(t('servicing.cycle.inPool'))
                ),
              },
              {
                key: 'plannedOn',
                label: t('servicing.cycle.plannedOn'),
                children: formatDate(cycle.plannedOn),
              },
            ]}
          />
        )
      )}
      {(onLog || onPlan) && (
        <Space wrap style={{ marginTop: 8 }}>
          {onLog && (
            <Button
              type="primary"
              icon={<PhoneOutlined />}
              onClick={onLog}
              data-testid="log-contact"
            >
              {t('servicing.contact.log')}
            </Button>
          )}
          {onPlan && (
            <Button icon={<CalendarOutlined />} onClick={onPlan} data-testid="plan-contact">
              {t('servicing.contact.plan')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
