import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintSummaryQuery } from '../../../gql/graphql';
import type en from '../../../i18n/en.json';
import { formatMoney, formatShare } from '../../../shared/format';

type Summary = ComplaintSummaryQuery['complaintSummary'];
type FigureKey = keyof typeof en.complaints.summary.figures;

/** The period's figures: how many came in and were decided, how fast, how many upheld, paid. */
export function SummaryFigures({ summary }: { summary: Summary }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const figures: { key: FigureKey; value: string; danger?: boolean }[] = [
    { key: 'received', value: number(summary.received) },
    { key: 'decided', value: number(summary.decided) },
    { key: 'onTimeShare', value: formatShare(summary.onTimeShare, locale) },
    { key: 'upheldRate', value: formatShare(summary.upheldRate, locale) },
    { key: 'redressPaid', value: formatMoney(summary.redressPaid, locale) },
    {
      key: 'medianDays',
      value:
        summary.medianDaysToDecision === null
          ? '—'
          : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
              summary.medianDaysToDecision,
            ),
    },
    { key: 'open', value: number(summary.open) },
    { key: 'overdue', value: number(summary.overdue), danger: summary.overdue > 0 },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="summary-figures">
      {figures.map((figure) => (
        <Col xs={12} md={6} xl={3} key={figure.key}>
          <Card size="small" style={{ height: '100%' }} data-testid={`summary-${figure.key}`}>
            <Statistic
              title={t(`complaints.summary.figures.${figure.key}`)}
              value={figure.value}
              styles={{
                content: { fontSize: 20, color: figure.danger ? '#cf1322' : undefined },
              }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
