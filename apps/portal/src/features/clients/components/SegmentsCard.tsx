import { Card, Descriptions, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CoreTag,
  LifecycleTag,
  MatrixCellTag,
  RfmScore,
  TierTag,
} from '../../../shared/components/SegmentTags';
import { formatMoney, formatMonth } from '../../../shared/format';
import { StaleFactsAlert } from '../../ranking/components/StaleFactsAlert';
import type { ClientDetail } from './ClientProfile';

/** Where the client stands in the latest ranking run (docs/domain.md rules 1, 4, 5). */
export function SegmentsCard({ client }: { client: ClientDetail }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const latest = client.rankingHistory[0];
  return (
    <Card title={t('client.segments.title')} size="small" data-testid="client-segments">
      {!latest ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('client.segments.none')} />
      ) : (
        <>
          <StaleFactsAlert effectiveOn={latest.effectiveOn} lastFactMonth={latest.lastFactMonth} />
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'asOf',
                label: t('client.segments.asOf'),
                span: 'filled',
                children: (
                  <span data-testid="client-ranking-as-of">
                    {latest.effectiveOn}
                    {latest.lastFactMonth &&
                      ` · ${t('ranking.run.factsUpTo', { month: formatMonth(latest.lastFactMonth, locale) })}`}
                  </span>
                ),
              },
              {
                key: 'core',
                label: t('segments.coreLabel'),
                children: <CoreTag core={client.core} />,
              },
              {
                key: 'tier',
                label: t('segments.tierLabel'),
                children: <TierTag tier={client.tier} />,
              },
              {
                key: 'stage',
                label: t('segments.lifecycleLabel'),
                children: <LifecycleTag stage={client.lifecycleStage} />,
              },
              {
                key: 'matrix',
                label: t('segments.matrixLabel'),
                children: <MatrixCellTag cell={client.valueMatrixCell} />,
              },
              { key: 'rfm', label: t('segments.rfm'), children: <RfmScore rfm={client.rfm} /> },
              {
                key: 'rank',
                label: t('client.segments.rank'),
                children: t('client.segments.rankOf', {
                  rank: new Intl.NumberFormat(locale).format(latest.valueRank),
                  size: new Intl.NumberFormat(locale).format(latest.scopeSize),
                }),
              },
              {
                key: 'value',
                label: t('client.segments.value'),
                children: `¥ ${formatMoney(latest.value, locale)}`,
              },
              {
                key: 'growth',
                label: t('client.segments.growth'),
                children:
                  latest.growthPercent === null || latest.growthPercent === undefined
                    ? t('common.none')
                    : `${latest.growthPercent.toFixed(1)}%`,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
