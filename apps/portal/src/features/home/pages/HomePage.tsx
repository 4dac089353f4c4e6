import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { canSeeClients } from '../../../app/navigation';

/** HR's landing page for now: client data is out of HR's scope by design. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Card>
      <Result
        status="info"
        title={t('home.title', { name: user.displayName })}
        subTitle={
          canSeeClients(user.role) ? undefined : `${t('home.hrNoClients')} ${t('home.hrNext')}`
        }
        data-testid="home"
      />
    </Card>
  );
}
