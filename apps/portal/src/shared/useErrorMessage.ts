import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError, readApiError } from '../app/errors';

/** Returns a function that turns any API failure into a translated sentence. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const { key, params } = describeApiError(readApiError(error));
      // The key is a union whose members take different parameters, which i18next's
      // typings cannot check in one call; errors.spec.ts checks every key exists.
      const translate = t as unknown as (key: string, options?: Record<string, string>) => string;
      return translate(key, params);
    },
    [t],
  );
}
