import { useState } from 'react';
import { Button, Col, Flex, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, SwapOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { isNotInScope, readApiError } from '../../../app/errors';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { CoreTag, LifecycleTag, TierTag } from '../../../shared/components/SegmentTags';
import { ReassignModal } from '../../assignment/components/ReassignModal';
import { ClientComplaintsCard } from '../../complaints/components/ClientComplaintsCard';
import { ClientWarnings } from '../../ranking/components/ClientWarnings';
import { WarningHistoryCard } from '../../ranking/components/WarningHistoryCard';
import { AssignmentHistoryCard } from '../components/AssignmentHistoryCard';
import { ClientProfile } from '../components/ClientProfile';
import { ManagerCard } from '../components/ManagerCard';
import { ProductsTable } from '../components/ProductsTable';
import { SegmentsCard } from '../components/SegmentsCard';
import { ValueHistoryCard } from '../components/ValueHistoryCard';
import { ValueTrendChart } from '../components/ValueTrendChart';
import { useClient } from '../hooks/useClient';
import { can } from '../../../app/access';
import { ClientServicing } from '../../servicing/components/ClientServicing';

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
  const user = useCurrentUser();
  const { client, loading, error, refetch } = useClient(id);
  const [reassigning, setReassigning] = useState(false);
  // Manual moves are the branch head's (own branch) and admin's; the API checks again.
  const canReassign = can(user, 'assignment.manage');

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
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space size="middle" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="client-name">
            {client.name}
          </Typography.Title>
          {client.rankingHistory.length > 0 && (
            <Space size={4} data-testid="client-badges">
              <CoreTag core={client.core} />
              <TierTag tier={client.tier} />
              <LifecycleTag stage={client.lifecycleStage} />
            </Space>
          )}
        </Space>
        {canReassign && (
          <Button
            icon={<SwapOutlined />}
            onClick={() => setReassigning(true)}
            data-testid="reassign-client"
          >
            {t('assignment.reassign.open')}
          </Button>
        )}
      </Flex>
      <ClientWarnings client={client} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          <ClientProfile client={client} />
        </Col>
        <Col xs={24} xl={6}>
          <ManagerCard manager={client.manager} />
        </Col>
      </Row>
      {can(user, 'contact.read') && <ClientServicing client={client} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <SegmentsCard client={client} />
        </Col>
        <Col xs={24} xl={12}>
          <AssignmentHistoryCard history={client.assignmentHistory} />
        </Col>
      </Row>
      <ClientComplaintsCard client={client} />
      <WarningHistoryCard clientId={client.id} />
      <ValueHistoryCard history={client.rankingHistory} />
      <ValueTrendChart facts={client.monthlyFacts} />
      <ProductsTable products={client.products} />
      {reassigning && <ReassignModal client={client} onClose={() => setReassigning(false)} />}
    </Space>
  );
}
