import { LABELS, labelFor } from '@corebook/domain';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../app/i18n';

/**
 * The words for the names the log records (shared with the API's export,
 * libs/domain/src/labels); a name without words, from an older release, shows as recorded.
 */
export function useAuditWords() {
  const { i18n } = useTranslation();
  const words = LABELS[isLanguage(i18n.language) ? i18n.language : 'en'].audit;
  return {
    operation: (name: string) => labelFor(words.operation, name),
    entityType: (name: string) => labelFor(words.entityType, name),
  };
}
