import { Alert, Button, Col, Flex, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { isNotInScope, readApiError } from '../../../app/errors';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { formatDate } from '../../../shared/format';
import { ComplaintActions } from '../components/ComplaintActions';
import { ComplaintClockCard } from '../components/ComplaintClockCard';
import { ComplaintDecisionCard } from '../components/ComplaintDecisionCard';
import { ComplaintDetailsCard } from '../components/ComplaintDetailsCard';
import { ComplaintEventsCard } from '../components/ComplaintEventsCard';
import { StandingTag, StatusTag } from '../components/ComplaintTags';
import { useComplaint } from '../hooks/useComplaints';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link to="/complaints" data-testid="back-to-complaints">
      <ArrowLeftOutlined /> {t('complaints.page.back')}
    </Link>
  );
}

/** One complaint: what was complained of, the clock, the decision, the history, what to do next. */
export function ComplaintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { timeZone } = useCurrentUser();
  const { complaint, loading, error, refetch } = useComplaint(id);

  if (error && !complaint) {
    const apiError = readApiError(error);
    if (isNotInScope(apiError) || apiError.code === 'BAD_USER_INPUT')
      return (
        <Result
          status="404"
          title={t('complaints.page.notFound')}
          subTitle={t('complaints.page.notFoundHelp')}
          data-testid="complaint-not-found"
          extra={
            <Link to="/complaints">
              <Button type="primary">{t('complaints.page.back')}</Button>
            </Link>
          }
        />
      );
    return <ErrorResult error={error} onRetry={refetch} />;
  }
  if (loading && !complaint) return <PageLoading />;
  if (!complaint) return null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space size="middle" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="complaint-title">
            {t('complaints.page.title', { id: complaint.id, client: complaint.client.name })}
          </Typography.Title>
          <Space size={4}>
            <StatusTag status={complaint.status} />
            <StandingTag standing={complaint.standing} />
          </Space>
        </Space>
        <ComplaintActions complaint={complaint} onReload={refetch} />
      </Flex>
      {complaint.mergedIntoId && (
        <Alert
          type="info"
          showIcon
          data-testid="complaint-merged"
          title={
            <>
              {t('complaints.page.mergedInto')}{' '}
              <Link to={`/complaints/${complaint.mergedIntoId}`}>#{complaint.mergedIntoId}</Link>
            </>
          }
        />
      )}
      {complaint.withdrawnOn && (
        <Alert
          type="info"
          showIcon
          title={t('complaints.page.withdrawnOn', { date: formatDate(complaint.withdrawnOn) })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <ComplaintDetailsCard complaint={complaint} timeZone={timeZone} />
        </Col>
        <Col xs={24} xl={10}>
          <ComplaintClockCard complaint={complaint} />
        </Col>
      </Row>
      <ComplaintDecisionCard complaint={complaint} />
      <ComplaintEventsCard events={complaint.events} timeZone={timeZone} />
    </Space>
  );
}
