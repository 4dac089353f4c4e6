import { Card, Empty, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import type { ClientDetail } from './ClientProfile';
import { usePeriodReason } from './periodReason';

type Period = ClientDetail['assignmentHistory'][number];

function PeriodItem({ period }: { period: Period }) {
  const { t } = useTranslation();
  const reason = usePeriodReason();
  return (
    <Space orientation="vertical" size={0} data-testid="assignment-period">
      <Typography.Text strong>
        {period.manager.name}{' '}
        <Typography.Text type="secondary">({period.manager.employeeNo})</Typography.Text>
      </Typography.Text>
      <Typography.Text>
        {formatDateTime(period.startedAt)} –{' '}
        {period.endedAt ? formatDateTime(period.endedAt) : t('client.assignments.now')}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('client.assignments.started', {
          reason: reason(period.startReason, period.startReasonCode),
          name: period.startedByName ?? t('ranking.run.system'),
        })}
        {period.startNote && ` — “${period.startNote}”`}
      </Typography.Text>
      {period.endedAt && period.endReason && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('client.assignments.ended', {
            reason: reason(period.endReason, period.endReasonCode),
            name: period.endedByName ?? t('ranking.run.system'),
          })}
          {period.endNote && ` — “${period.endNote}”`}
        </Typography.Text>
      )}
    </Space>
  );
}

/** Who served the client and when, who decided and why (docs/domain.md rule 2), newest first. */
export function AssignmentHistoryCard({ history }: { history: ClientDetail['assignmentHistory'] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('client.assignments.title')} size="small" data-testid="client-assignments">
      {history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('client.assignments.none')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={history.map((period) => ({
            key: `${period.manager.id}-${period.startedAt}`,
            color: period.endedAt ? 'gray' : 'green',
            content: <PeriodItem period={period} />,
          }))}
        />
      )}
    </Card>
  );
}
