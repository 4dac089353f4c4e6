import { Button, Empty } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth';

/** What to say before the first run: who may start one is asked to; others, who will. */
export function useNoRankingMessage(): string {
  const { t } = useTranslation();
  return t(can(useCurrentUser(), 'ranking.run') ? 'ranking.run.none' : 'ranking.run.noneForAdmin');
}

/** Before the first completed ranking run there is no core set to show. */
export function NoRankingYet({ linkToBoard }: { linkToBoard?: boolean }) {
  const { t } = useTranslation();
  return (
    <Empty description={useNoRankingMessage()} data-testid="no-ranking">
      {linkToBoard && (
        <Link to="/core-clients">
          <Button type="primary">{t('ranking.run.goToBoard')}</Button>
        </Link>
      )}
    </Empty>
  );
}
