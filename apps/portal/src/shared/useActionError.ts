import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiError, serverMessage } from '../app/errors';
import { useErrorMessage } from './useErrorMessage';
import { useInputProblem, type FieldLabel } from './useInputProblem';

/**
 * The message for a failed save: for a value refused by a known rule, that rule in the
 * user's language; for other bad input the translated code and the API's own sentence,
 * which names the value to fix (e.g. "The activity ran from … to …"); else the code.
 */
export function useActionError(fieldLabel?: FieldLabel): (error: unknown) => string {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const problem = useInputProblem(fieldLabel);
  return useCallback(
    (error: unknown) => {
      const translated = problem(error);
      if (translated) return translated;
      const apiError = readApiError(error);
      const detail = serverMessage(error);
      if (apiError.code === 'BAD_USER_INPUT' && detail) {
        return `${t('errors.BAD_USER_INPUT')} ${detail}`;
      }
      return message(error);
    },
    [message, problem, t],
  );
}

/**
 * The API's own sentence for a refusal when it gave one (it says what to do, e.g. "run
 * ranking first"), otherwise the translated code.
 */
export function useRefusalMessage(): (error: unknown) => string {
  const message = useErrorMessage();
  const problem = useInputProblem();
  return useCallback(
    (error: unknown) => problem(error) ?? serverMessage(error) ?? message(error),
    [message, problem],
  );
}
