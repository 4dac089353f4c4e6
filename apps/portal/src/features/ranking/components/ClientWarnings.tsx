import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { useEarlyWarnings } from '../hooks/useEarlyWarnings';
import { AcknowledgeWarningModal } from './AcknowledgeWarningModal';

/** A client's open early warnings, at the top of its page, each to be acted on. */
export function ClientWarnings({ client }: { client: { id: string; name: string } }) {
  const { t } = useTranslation();
  const { warnings } = useEarlyWarnings({ clientId: client.id });
  const [acting, setActing] = useState<string | null>(null);
  if (warnings.length === 0) return null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {warnings.map((warning) => (
        <Alert
          key={warning.id}
          type="warning"
          showIcon
          title={
            warning.kind === 'CORE_CLIENT_DECLINE'
              ? t('warnings.kinds.CORE_CLIENT_DECLINE')
              : warning.kind
          }
          description={t('warnings.clientAdvice', { at: formatDateTime(warning.raisedAt) })}
          data-testid="client-warning-alert"
          action={
            <Button
              size="small"
              onClick={() => setActing(warning.id)}
              data-testid="warning-acknowledge"
            >
              {t('warnings.acknowledge')}
            </Button>
          }
        />
      ))}
      {acting && (
        <AcknowledgeWarningModal warning={{ id: acting, client }} onClose={() => setActing(null)} />
      )}
    </Space>
  );
}
