import { Card, Col, Result, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRevisitQueue } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth';
import { canSeeClients, homeNavigationFor, type NavKey } from '../../../app/navigation';
import type en from '../../../i18n/en.json';
import { RevisitQueueCard } from '../../servicing/components/RevisitQueueCard';

type Description = `home.training.${keyof typeof en.home.training}`;
const DESCRIPTIONS: Partial<Record<NavKey, Description>> = {
  trainingCatalogue: 'home.training.trainingCatalogue',
  trainingRecords: 'home.training.trainingRecords',
  trainingImport: 'home.training.trainingImport',
  expiringCertificates: 'home.training.expiringCertificates',
  trainingOverview: 'home.training.trainingOverview',
  trainingSettings: 'home.training.trainingSettings',
  rmPostings: 'home.training.rmPostings',
};

/** The page after sign-in for a role whose home is not a list of clients. */
export function HomePage() {
  const user = useCurrentUser();
  return hasRevisitQueue(user) ? <RmHome /> : <LandingCards />;
}

/** An RM's day starts with the clients due for a contact (docs/domain.md rule 6). */
function RmHome() {
  const { t } = useTranslation();
  return (
    <RevisitQueueCard
      canLog
      title={
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
          {t('servicing.queue.title')}
        </Typography.Title>
      }
    />
  );
}

/** HR's landing page: training and RM postings; client data is out of HR's scope by design. */
function LandingCards() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const training = homeNavigationFor(user.role);
  return (
    <Card data-testid="home">
      <Result
        status="info"
        title={t('home.title', { name: user.displayName })}
        subTitle={canSeeClients(user.role) ? undefined : t('home.hrNoClients')}
      />
      {training.length > 0 && (
        <Row gutter={[16, 16]} data-testid="home-training">
          {training.map((item) => {
            const description = DESCRIPTIONS[item.key];
            return (
              <Col xs={24} md={12} xl={8} key={item.key}>
                <Link to={item.path} data-testid={`home-${item.key}`}>
                  <Card hoverable size="small">
                    <Typography.Title level={5} style={{ marginTop: 0 }}>
                      {t(item.label)}
                    </Typography.Title>
                    {description && (
                      <Typography.Text type="secondary">{t(description)}</Typography.Text>
                    )}
                  </Card>
                </Link>
              </Col>
            );
          })}
        </Row>
      )}
    </Card>
  );
}
