import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBankToday } from '../../../shared/useBankToday';
import { presetRange } from '../hooks/summaryPeriod';
import { useServiceQuality } from '../hooks/useComplaintSummary';
import { SatisfactionIndex, formatScore } from './ServiceQualityTable';

/**
 * An RM's own service this quarter: the complaints they were responsible for and their
 * clients' satisfaction, as the scorecard will read them.
 */
export function MyServiceQuality() {
  const { t, i18n } = useTranslation();
  const period = presetRange('THIS_QUARTER', useBankToday().iso);
  const { rows } = useServiceQuality(period);
  const row = rows?.[0];
  if (!row) return null;
  return (
    <Card
      size="small"
      title={t('complaints.quality.mine', { from: period.from, to: period.to })}
      data-testid="my-service-quality"
      style={{ marginBottom: 16 }}
    >
      <Descriptions
        size="small"
        column={{ xs: 2, md: 4, xl: 7 }}
        items={[
          { key: 'c', label: t('complaints.quality.complaints'), children: row.complaints },
          { key: 'u', label: t('complaints.quality.upheld'), children: row.upheld },
          { key: 'l', label: t('complaints.quality.decidedLate'), children: row.decidedLate },
          { key: 'o', label: t('complaints.quality.open'), children: row.open },
          {
            key: 's',
            label: t('complaints.quality.satisfaction'),
            children: <SatisfactionIndex row={row} />,
          },
          {
            key: 'n',
            label: t('complaints.quality.nps'),
            children: formatScore(row.netPromoterScore, i18n.language),
          },
          {
            key: 'r',
            label: t('complaints.quality.complaintResponses'),
            children: row.complaintResponses,
          },
        ]}
      />
    </Card>
  );
}
