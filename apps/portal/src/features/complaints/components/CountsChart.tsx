import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

interface CountsChartProps {
  counts: readonly { key: string; count: number; upheld: number }[];
  /** The word for a key (a business or a cause). */
  label(key: string): string;
  testId: string;
}

/** Complaints received and upheld under each heading, largest first, as horizontal bars. */
export function CountsChart({ counts, label, testId }: CountsChartProps) {
  const { t, i18n } = useTranslation();
  if (counts.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.summary.none')} />
    );
  const data = counts.map((row) => ({
    name: label(row.key),
    count: row.count,
    upheld: row.upheld,
  }));
  return (
    <div data-testid={testId}>
      <ResponsiveContainer width="100%" height={Math.max(160, 36 * data.length + 60)}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(value) =>
              typeof value === 'number' ? new Intl.NumberFormat(i18n.language).format(value) : value
            }
          />
          <Legend />
          <Bar
            dataKey="count"
            name={t('complaints.summary.received')}
            fill="#1f4e8c"
            isAnimationActive={false}
          />
          <Bar
            dataKey="upheld"
            name={t('complaints.summary.upheld')}
            fill="#fa8c16"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
