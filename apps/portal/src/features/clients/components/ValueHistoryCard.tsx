import { Card, Col, Empty, Row, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { CoreTag, LifecycleTag, TierTag } from '../../../shared/components/SegmentTags';
import { formatCompact, formatMoney } from '../../../shared/format';
import type { ClientDetail } from './ClientProfile';

type Ranking = ClientDetail['rankingHistory'][number];

/** The client's value, rank and segment run by run, so a slide shows before it is a loss. */
export function ValueHistoryCard({ history }: { history: ClientDetail['rankingHistory'] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // Oldest first for the chart; floats only place the points.
  const points = [...history]
    .reverse()
    .map((r) => ({ date: r.effectiveOn, value: Number.parseFloat(r.value) }));
  const columns: ColumnsType<Ranking> = [
    { title: t('client.history.run'), dataIndex: 'effectiveOn', width: 110 },
    {
      title: t('client.history.value'),
      dataIndex: 'value',
      align: 'right',
      render: (value: string) => formatMoney(value, locale),
    },
    {
      title: t('client.history.rank'),
      key: 'rank',
      align: 'right',
      render: (_, r) => `${r.valueRank} / ${r.scopeSize}`,
    },
    {
      title: t('segments.tierLabel'),
      dataIndex: 'tier',
      render: (tier: Ranking['tier']) => <TierTag tier={tier} />,
    },
    {
      title: t('segments.coreLabel'),
      dataIndex: 'core',
      render: (core: boolean) => <CoreTag core={core} />,
    },
    {
      title: t('segments.lifecycleLabel'),
      dataIndex: 'lifecycleStage',
      render: (stage: Ranking['lifecycleStage']) => <LifecycleTag stage={stage} />,
    },
  ];
  return (
    <Card title={t('client.history.title')} size="small" data-testid="client-value-history">
      {history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('client.segments.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          {/* One run is a point, not a trend: the chart waits for a second run. */}
          {history.length > 1 && (
            <Col xs={24} xl={10}>
              <ResponsiveContainer width="100%" height={220}>
                <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="date" tick={{ fontSize: 11 }} />
                  <YAxis
                    tickFormatter={(v: number) => formatCompact(v, locale)}
                    tick={{ fontSize: 11 }}
                  />
                  <Tooltip
                    formatter={(v) =>
                      typeof v === 'number'
                        ? new Intl.NumberFormat(locale).format(Math.round(v))
                        : v
                    }
                  />
                  <Line
                    dataKey="value"
                    name={t('client.history.value')}
                    stroke="#1f4e8c"
                    strokeWidth={2}
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </Col>
          )}
          <Col xs={24} xl={history.length > 1 ? 14 : 24}>
            <Table<Ranking>
              rowKey="runId"
              size="small"
              columns={columns}
              dataSource={history}
              pagination={false}
              scroll={{ x: 'max-content', y: 220 }}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
