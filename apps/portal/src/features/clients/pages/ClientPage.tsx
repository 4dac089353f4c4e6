import { Button, Col, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isNotInScope, readApiError } from '../../../app/errors';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { ClientProfile } from '../components/ClientProfile';
import { ManagerCard } from '../components/ManagerCard';
import { ProductsTable } from '../components/ProductsTable';
import { ValueTrendChart } from '../components/ValueTrendChart';
import { useClient } from '../hooks/useClient';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link to="/clients" data-testid="back-to-clients">
      <ArrowLeftOutlined /> {t('client.backToList')}
    </Link>
  );
}

export function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { client, loading, error, refetch } = useClient(id);

  if (error && !client) {
    const apiError = readApiError(error);
    // A malformed id is as "not yours" as a missing one.
    if (isNotInScope(apiError) || apiError.code === 'BAD_USER_INPUT') {
      return (
        <Result
          status="404"
          title={t('client.notFoundTitle')}
          subTitle={t('client.notFoundSubtitle')}
          data-testid="client-not-found"
          extra={
            <Link to="/clients">
              <Button type="primary">{t('client.backToList')}</Button>
            </Link>
          }
        />
      );
    }
    return <ErrorResult error={error} onRetry={refetch} />;
  }
  if (loading && !client) return <PageLoading />;
  if (!client) return null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink />
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="client-name">
        {client.name}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          <ClientProfile client={client} />
        </Col>
        <Col xs={24} xl={6}>
          <ManagerCard manager={client.manager} />
        </Col>
      </Row>
      <ValueTrendChart facts={client.monthlyFacts} />
      <ProductsTable products={client.products} />
    </Space>
  );
}
