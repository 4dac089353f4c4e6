import { Card, Empty } from 'antd';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatCompact } from '../../../shared/format';
import type { ClientDetail } from './ClientProfile';
import { trendPoints } from './trendPoints';

/** Monthly contribution (net interest + fees, stacked) against AUM, last 24 months. */
export function ValueTrendChart({ facts }: { facts: ClientDetail['monthlyFacts'] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const points = trendPoints(facts);
  const money = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });

  return (
    <Card title={t('client.trend.title')} size="small" data-testid="client-trend">
      {points.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('client.trend.empty')} />
      ) : (
        <ResponsiveContainer width="100%" height={320}>
          <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis
              yAxisId="contribution"
              tickFormatter={(v: number) => formatCompact(v, locale)}
              tick={{ fontSize: 12 }}
              label={{
                value: t('client.trend.contributionAxis'),
                angle: -90,
                position: 'insideLeft',
                fontSize: 12,
              }}
            />
            <YAxis
              yAxisId="aum"
              orientation="right"
              tickFormatter={(v: number) => formatCompact(v, locale)}
              tick={{ fontSize: 12 }}
              label={{
                value: t('client.trend.aumAxis'),
                angle: 90,
                position: 'insideRight',
                fontSize: 12,
              }}
            />
            <Tooltip
              formatter={(value) =>
                typeof value === 'number' ? money.format(value) : String(value)
              }
            />
            <Legend />
            <Bar
              yAxisId="contribution"
              dataKey="netInterest"
              stackId="contribution"
              name={t('client.trend.netInterest')}
              fill="#1f4e8c"
            />
            <Bar
              yAxisId="contribution"
              dataKey="feeIncome"
              stackId="contribution"
              name={t('client.trend.feeIncome')}
              fill="#69b1ff"
            />
            <Line
              yAxisId="aum"
              type="monotone"
              dataKey="aum"
              name={t('client.trend.aum')}
              stroke="#d48806"
              strokeWidth={2}
              dot={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
}
