import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isVersionConflict } from '../../app/errors';
import { useActionError } from '../useActionError';
import type { FieldLabel } from '../useInputProblem';

interface FormErrorAlertProps {
  error: unknown;
  /** Offered on CONFLICT: someone else saved first, so the form holds stale values. */
  onReload?: () => void;
  /** Names the form's fields in a refusal (a setting's limit may be another setting). */
  fieldLabel?: FieldLabel;
}

/** A failed save, explained; a version conflict gets a reload button. */
export function FormErrorAlert({ error, onReload, fieldLabel }: FormErrorAlertProps) {
  const { t } = useTranslation();
  const describe = useActionError(fieldLabel);
  if (!error) return null;
  const conflict = isVersionConflict(error);
  return (
    <Alert
      type={conflict ? 'warning' : 'error'}
      showIcon
      style={{ marginBottom: 16 }}
      title={conflict ? t('common.conflictTitle') : t('common.saveFailed')}
      description={describe(error)}
      data-testid={conflict ? 'form-conflict' : 'form-error'}
      action={
        conflict && onReload ? (
          <Button size="small" onClick={onReload} data-testid="form-reload">
            {t('common.reload')}
          </Button>
        ) : undefined
      }
    />
  );
}
