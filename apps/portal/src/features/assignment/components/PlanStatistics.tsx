import { Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentPlanDetailQuery } from '../../../gql/graphql';
import { formatRatio, formatShare } from '../../../shared/format';

type Statistics = NonNullable<AssignmentPlanDetailQuery['assignmentPlan']['statistics']>;

/**
 * The plan in figures: how much it moves, how much it keeps (stability, rule 2) and how
 * even the books get (rule 3), next to the best any plan could do given the biggest clients.
 */
export function PlanStatistics({ statistics: s }: { statistics: Statistics }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const bound = (ratio: number) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('assignment.stats.lowerBound', { ratio: formatRatio(ratio, locale) })}
    </Typography.Text>
  );
  return (
    <Row gutter={[16, 16]} data-testid="plan-statistics">
      <Col xs={12} md={8} xl={3}>
        <Statistic
          title={t('assignment.stats.moves')}
          value={count(s.moves)}
          data-testid="plan-moves"
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('assignment.stats.balanceMoves', { n: count(s.balanceMoves) })}
        </Typography.Text>
      </Col>
      <Col xs={12} md={8} xl={3}>
        <Statistic
          title={t('assignment.stats.assigns')}
          value={count(s.assigns)}
          data-testid="plan-assigns"
        />
      </Col>
      <Col xs={12} md={8} xl={3}>
        <Statistic
          title={t('assignment.stats.keeps')}
          value={count(s.keeps)}
          data-testid="plan-keeps"
        />
      </Col>
      <Col xs={12} md={8} xl={3}>
        <Statistic title={t('assignment.stats.releases')} value={count(s.releases)} />
      </Col>
      <Col xs={12} md={8} xl={3}>
        <Statistic
          title={t('assignment.stats.unplaced')}
          value={count(s.unplaced)}
          styles={{ content: s.unplaced > 0 ? { color: '#cf1322' } : undefined }}
          data-testid="plan-unplaced"
        />
      </Col>
      <Col xs={12} md={8} xl={3}>
        <Statistic
          title={t('assignment.stats.keptShare')}
          value={formatShare(s.keptShare, locale)}
          data-testid="plan-kept-share"
        />
      </Col>
      <Col xs={12} md={8} xl={3}>
        <Statistic
          title={t('assignment.stats.workloadRatio')}
          value={formatRatio(s.maxMeanWorkloadRatio, locale)}
          data-testid="plan-workload-ratio"
        />
        {bound(s.workloadLowerBoundRatio)}
      </Col>
      <Col xs={12} md={8} xl={3}>
        <Statistic
          title={t('assignment.stats.valueRatio')}
          value={formatRatio(s.maxMeanValueRatio, locale)}
        />
        {bound(s.valueLowerBoundRatio)}
      </Col>
    </Row>
  );
}
