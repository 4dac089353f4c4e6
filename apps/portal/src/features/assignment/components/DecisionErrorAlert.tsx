import { Alert, Button } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../../app/errors';
import { useRefusalMessage } from '../../../shared/useActionError';

interface DecisionErrorAlertProps {
  error: unknown;
  replanning: boolean;
  onReplan(): void;
}

/**
 * Why a plan could not be applied. CONFLICT means the books or the ranking changed since
 * the plan was made: the plan no longer describes them, so the way on is a new plan.
 */
export function DecisionErrorAlert({ error, replanning, onReplan }: DecisionErrorAlertProps) {
  const { t } = useTranslation();
  const refusal = useRefusalMessage();
  if (!error) return null;
  const stale = readApiError(error).code === 'CONFLICT';
  return (
    <Alert
      type={stale ? 'warning' : 'error'}
      showIcon
      title={stale ? t('assignment.decision.staleTitle') : t('assignment.decision.failed')}
      description={
        stale ? `${refusal(error)} ${t('assignment.decision.staleHelp')}` : refusal(error)
      }
      data-testid={stale ? 'plan-stale' : 'plan-decision-error'}
      action={
        stale ? (
          <Button
            size="small"
            icon={<ReloadOutlined />}
            loading={replanning}
            onClick={onReplan}
            data-testid="plan-again"
          >
            {t('assignment.planAgain')}
          </Button>
        ) : undefined
      }
    />
  );
}
