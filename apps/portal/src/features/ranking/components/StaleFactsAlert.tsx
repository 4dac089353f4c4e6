import { factsAreStale } from '@corebook/domain';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../../shared/format';

/**
 * The warning every screen showing a ranking gives when its facts are older than its date
 * (docs/domain.md rule 1: a ranking is only as current as the facts it counted).
 */
export function StaleFactsAlert({
  effectiveOn,
  lastFactMonth,
}: {
  effectiveOn: string;
  lastFactMonth: string | null | undefined;
}) {
  const { t, i18n } = useTranslation();
  if (!lastFactMonth || !factsAreStale(lastFactMonth, effectiveOn)) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('ranking.run.staleFacts', {
        month: formatMonth(lastFactMonth, i18n.language),
        date: effectiveOn,
      })}
      data-testid="ranking-stale-facts"
    />
  );
}
