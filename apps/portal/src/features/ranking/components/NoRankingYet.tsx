import { Button, Empty } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Before the first completed ranking run there is no core set to show. */
export function NoRankingYet({ linkToBoard }: { linkToBoard?: boolean }) {
  const { t } = useTranslation();
  return (
    <Empty description={t('ranking.run.none')} data-testid="no-ranking">
      {linkToBoard && (
        <Link to="/core-clients">
          <Button type="primary">{t('ranking.run.goToBoard')}</Button>
        </Link>
      )}
    </Empty>
  );
}
