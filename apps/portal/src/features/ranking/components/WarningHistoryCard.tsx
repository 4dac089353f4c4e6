import { Card, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../shared/format';
import { useWarningHistory } from '../hooks/useEarlyWarnings';

/**
 * What was done about each of the client's early warnings (docs/domain.md rule 5), newest
 * first: who acted and when, their note and the follow-up date. Shown once there is one.
 */
export function WarningHistoryCard({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { acted } = useWarningHistory(clientId);
  if (acted.length === 0) return null;
  return (
    <Card title={t('warnings.history.title')} size="small" data-testid="warning-history">
      <Timeline
        style={{ marginTop: 8 }}
        items={acted.map((warning) => ({
          key: warning.id,
          color: 'orange',
          content: (
            <Space orientation="vertical" size={0} data-testid="warning-action">
              <Typography.Text strong>
                {warning.kind === 'CORE_CLIENT_DECLINE'
                  ? t('warnings.kinds.CORE_CLIENT_DECLINE')
                  : warning.kind}
                <Typography.Text type="secondary">
                  {' · '}
                  {t('warnings.history.raised', { at: formatDateTime(warning.raisedAt) })}
                </Typography.Text>
              </Typography.Text>
              <Typography.Text>
                {t('warnings.history.acted', {
                  name: warning.acknowledgedByName ?? t('ranking.run.system'),
                  at: formatDateTime(warning.acknowledgedAt),
                })}
              </Typography.Text>
              <Typography.Text type={warning.actionNote ? undefined : 'secondary'}>
                {warning.actionNote ? `“${warning.actionNote}”` : t('warnings.history.noNote')}
              </Typography.Text>
              {warning.followUpOn && (
                <Typography.Text type="warning" data-testid="warning-follow-up-on">
                  {t('warnings.history.followUp', { date: formatDate(warning.followUpOn) })}
                </Typography.Text>
              )}
            </Space>
          ),
        }))}
      />
    </Card>
  );
}
