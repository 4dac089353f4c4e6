import { Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysPaused } from '@corebook/domain';
import type { ComplaintFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format';
import { useComplaintSettings } from '../hooks/useComplaints';
import { StandingTag } from './ComplaintTags';

/**
 * The regulator's clock: the due date worked out from the day the clock started, the
 * complexity's time limit, the extension and the days paused; and who answers for the
 * complaint (the responsible RM, the client's RM on the incident date) and who handles it.
 */
export function ComplaintClockCard({ complaint }: { complaint: ComplaintFieldsFragment }) {
  const { t } = useTranslation();
  const { settings } = useComplaintSettings();
  const paused = daysPaused(complaint);
  const limit = settings?.deadlineDays[complaint.complexity];
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Card title={t('complaints.page.clock')} size="small" data-testid="complaint-clock">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'dueOn',
            label: t('complaints.fields.dueOn'),
            children: (
              <Space wrap>
                <Typography.Text
                  strong
                  type={complaint.standing === 'OVERDUE' ? 'danger' : undefined}
                  data-testid="complaint-due-on"
                >
                  {complaint.status === 'PAUSED'
                    ? t('complaints.clock.whilePaused')
                    : formatDate(complaint.dueOn)}
                </Typography.Text>
                {complaint.status !== 'PAUSED' && <StandingTag standing={complaint.standing} />}
              </Space>
            ),
          },
          {
            key: 'clockStartedOn',
            label: t('complaints.fields.clockStartedOn'),
            children: formatDate(complaint.clockStartedOn),
          },
          {
            key: 'limit',
            label: t('complaints.clock.limit'),
            children:
              limit === undefined
                ? none
                : t('complaints.clock.days', {
                    days: limit,
                    complexity: t(`complaint.complexity.${complaint.complexity}`),
                  }),
          },
          {
            key: 'extension',
            label: t('complaints.clock.extension'),
            children: (
              <span data-testid="complaint-extension">
                {complaint.extended
                  ? t('complaints.clock.extended', { days: settings?.extensionDays ?? 0 })
                  : t('complaints.clock.notExtended')}
              </span>
            ),
          },
          {
            key: 'pauses',
            label: t('complaints.clock.pauses'),
            children:
              complaint.pauses.length === 0 ? (
                none
              ) : (
                <Space orientation="vertical" size={0} data-testid="complaint-pauses">
                  {complaint.pauses.map((pause) => (
                    <span key={pause.from}>
                      {pause.to
                        ? t('complaints.clock.pause', {
                            from: formatDate(pause.from),
                            to: formatDate(pause.to),
                          })
                        : t('complaints.clock.openPause', { from: formatDate(pause.from) })}
                    </span>
                  ))}
                  {paused > 0 && (
                    <Typography.Text type="secondary">
                      {t('complaints.clock.daysPaused', { days: paused })}
                    </Typography.Text>
                  )}
                </Space>
              ),
          },
          {
            key: 'responsible',
            label: t('complaints.fields.responsibleManager'),
            children: (
              <span data-testid="complaint-responsible">
                {complaint.responsibleManager?.name ?? t('complaints.branchPool')}
              </span>
            ),
          },
          {
            key: 'handler',
            label: t('complaints.fields.handler'),
            children: (
              <span data-testid="complaint-handler">
                {complaint.handlerName ?? t('complaints.page.noHandler')}
              </span>
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('complaints.page.responsibleHelp')}
      </Typography.Text>
    </Card>
  );
}
