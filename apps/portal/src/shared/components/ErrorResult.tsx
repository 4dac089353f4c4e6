import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../useErrorMessage';

/** Full-width error state with the translated reason and a retry button. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Result
      status="error"
      title={t('errors.title')}
      subTitle={message(error)}
      data-testid="error-result"
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry} data-testid="retry">
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
