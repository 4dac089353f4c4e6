import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiError, serverMessage } from '../app/errors';
import { useErrorMessage } from './useErrorMessage';

/**
 * The message for a failed save: the translated code, and for bad input the API's own
 * sentence, which names the value to fix (e.g. "The activity ran from … to …").
 */
export function useActionError(): (error: unknown) => string {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      const apiError = readApiError(error);
      const detail = serverMessage(error);
      if (apiError.code === 'BAD_USER_INPUT' && detail) {
        return `${t('errors.BAD_USER_INPUT')} ${detail}`;
      }
      return message(error);
    },
    [message, t],
  );
}

/**
 * The API's own sentence for a refusal when it gave one (it says what to do, e.g. "run
 * ranking first"), otherwise the translated code.
 */
export function useRefusalMessage(): (error: unknown) => string {
  const message = useErrorMessage();
  return useCallback((error: unknown) => serverMessage(error) ?? message(error), [message]);
}
