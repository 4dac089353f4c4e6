import { Alert, Button } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorExtension, readApiError } from '../../../app/errors';
import { useRefusalMessage } from '../../../shared/useActionError';

/** Why the API found a plan stale (extensions.reason), each explained in the user's language. */
const STALE_REASONS = [
  'BRANCH_CHANGED',
  'RM_CHANGED',
  'RE_RANKED',
  'SETTINGS_CHANGED',
  'RM_INELIGIBLE',
] as const;
/** A plan no longer READY (extensions.status) is refused too. */
const DECIDED = ['PLANNING', 'APPLIED', 'DISCARDED', 'SUPERSEDED', 'FAILED'] as const;

function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | undefined {
  return list.find((item) => item === value);
}

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
  const reason = oneOf(STALE_REASONS, errorExtension(error, 'reason'));
  const status = oneOf(DECIDED, errorExtension(error, 'status'));
  const why = reason
    ? t(`assignment.decision.staleReasons.${reason}`)
    : status
      ? t('assignment.decision.notReady', { status: t(`assignment.status.${status}`) })
      : refusal(error);
  return (
    <Alert
      type={stale ? 'warning' : 'error'}
      showIcon
      title={stale ? t('assignment.decision.staleTitle') : t('assignment.decision.failed')}
      description={stale ? `${why} ${t('assignment.decision.staleHelp')}` : refusal(error)}
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
