import { useMemo, useState } from 'react';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintAction } from '@corebook/domain';
import { showFieldError } from '../../../shared/fieldErrors';
import { labelsFrom, useInputProblem } from '../../../shared/useInputProblem';

/**
 * The shell of every action dialog on a complaint: send, say so and close; on refusal keep
 * the error for the alert (a stale version offers a reload) and put a refused field's
 * reason, in the user's language, under that field.
 */
export function useActionForm<Values extends object>(action: ComplaintAction, onDone: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const fieldLabel = useMemo(() => labelsFrom(t, (field) => `complaints.fields.${field}`), [t]);
  const problem = useInputProblem(fieldLabel);

  const run = async (send: () => Promise<unknown>) => {
    setError(null);
    try {
      await send();
      void message.success(
        t('complaints.actions.done', { action: t(`complaint.action.${action}`) }),
      );
      onDone();
    } catch (failure) {
      showFieldError(form, failure, problem(failure));
      setError(failure);
    }
  };

  return { form, error, fieldLabel, run: (send: () => Promise<unknown>) => void run(send) };
}
