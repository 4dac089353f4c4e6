import { useMemo } from 'react';
import { Card, Col, Row, Space, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { worksBankWide } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth';
import { ErrorResult } from '../../../shared/components/ErrorResult';
import { PageLoading } from '../../../shared/components/PageLoading';
import { useBankToday } from '../../../shared/useBankToday';
import { BranchesQuery } from '../../clients/graphql/clients.graphql';
import { CountsChart } from '../components/CountsChart';
import { ServiceQualityTable } from '../components/ServiceQualityTable';
import { CountTable, type NamedCount } from '../components/SummaryCountTables';
import { SummaryFigures } from '../components/SummaryFigures';
import { SummaryToolbar } from '../components/SummaryToolbar';
import { parseSummaryParams, summaryQuery } from '../hooks/summaryPeriod';
import { useComplaintSummary, useServiceQuality } from '../hooks/useComplaintSummary';

/**
 * Complaints received in a period, summarised (件件有总结): a branch head's branch, admin's
 * bank or one branch; by business, cause, branch and responsible RM; and each RM's
 * complaints and client satisfaction.
 */
export function ComplaintSummaryPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const today = useBankToday().iso;
  const bankWide = worksBankWide(user);
  const [query, setQuery] = useSearchParams();
  const params = useMemo(() => parseSummaryParams(query, today), [query, today]);
  const period = {
    from: params.from,
    to: params.to,
    branchId: bankWide ? params.branchId : undefined,
  };
  const branches = useQuery(BranchesQuery, { skip: !bankWide });
  const { summary, loading, error, refetch } = useComplaintSummary(period);
  const quality = useServiceQuality(period);

  const branchName = (key: string) =>
    branches.data?.branches.find((branch) => String(branch.id) === key)?.name ??
    (user.branch && String(user.branch.id) === key ? user.branch.name : `#${key}`);
  const managerName = (key: string) =>
    key === ''
      ? t('complaints.branchPool')
      : (quality.rows?.find((row) => String(row.manager.id) === key)?.manager.name ?? `#${key}`);
  const named = (
    counts: readonly { key: string; count: number; upheld: number }[],
    name: (key: string) => string,
  ): NamedCount[] => counts.map((row) => ({ ...row, name: name(row.key) }));

  const title = (
    <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
      {t('complaints.summary.title')}
    </Typography.Title>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={title}>
        <SummaryToolbar
          params={params}
          today={today}
          branches={bankWide ? (branches.data?.branches ?? []) : undefined}
          onChange={(next) => setQuery(summaryQuery(next))}
        />
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {t('complaints.summary.scope', {
            from: params.from,
            to: params.to,
            scope:
              bankWide && !params.branchId
                ? t('complaints.summary.wholeBank')
                : bankWide
                  ? branchName(String(params.branchId))
                  : (user.branch?.name ?? ''),
          })}
        </Typography.Paragraph>
      </Card>
      {error && !summary ? (
        <ErrorResult error={error} onRetry={refetch} />
      ) : !summary ? (
        loading && <PageLoading />
      ) : (
        <>
          <SummaryFigures summary={summary} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('complaints.summary.byBusiness')}>
                <CountsChart
                  counts={summary.byBusiness}
                  label={(key) => t(`complaint.business.${key}`, { defaultValue: key })}
                  testId="summary-by-business"
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('complaints.summary.byCause')}>
                <CountsChart
                  counts={summary.byCause}
                  label={(key) => t(`complaint.cause.${key}`, { defaultValue: key })}
                  testId="summary-by-cause"
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('complaints.summary.byBranch')}>
                <CountTable
                  rows={named(summary.byBranch, branchName)}
                  title={t('complaints.summary.branch')}
                  testId="summary-by-branch"
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('complaints.summary.byManager')}>
                <CountTable
                  rows={named(summary.byResponsibleManager, managerName)}
                  title={t('complaints.fields.responsibleManager')}
                  testId="summary-by-manager"
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
      <Card size="small" title={t('complaints.quality.title')}>
        <Typography.Paragraph type="secondary">{t('complaints.quality.help')}</Typography.Paragraph>
        {quality.error && !quality.rows ? (
          <ErrorResult error={quality.error} onRetry={quality.refetch} />
        ) : (
          <ServiceQualityTable
            rows={quality.rows ?? []}
            loading={quality.loading}
            showBranch={bankWide && !params.branchId}
          />
        )}
      </Card>
    </Space>
  );
}
