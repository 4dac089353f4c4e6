import { useState } from 'react';
import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { useErrorMessage } from '../../../shared/useErrorMessage';
import { useAcknowledgeWarning, useEarlyWarnings } from '../hooks/useEarlyWarnings';

/** A client's open early warnings, at the top of its page, each with its acknowledgement. */
export function ClientWarnings({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const { warnings } = useEarlyWarnings({ clientId });
  const [acknowledge] = useAcknowledgeWarning();
  const [busy, setBusy] = useState<string | null>(null);
  if (warnings.length === 0) return null;

  const onAcknowledge = async (id: string) => {
    setBusy(id);
    try {
      await acknowledge({ variables: { id } });
    } catch (error) {
      void message.error(describe(error));
    } finally {
      setBusy(null);
    }
  };

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
              loading={busy === warning.id}
              onClick={() => void onAcknowledge(warning.id)}
              data-testid="warning-acknowledge"
            >
              {t('warnings.acknowledge')}
            </Button>
          }
        />
      ))}
    </Space>
  );
}
