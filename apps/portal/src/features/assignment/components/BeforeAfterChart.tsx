import { useState } from 'react';
import { Segmented } from 'antd';
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
import { useTranslation } from 'react-i18next';
import { formatCompact } from '../../../shared/format';
import type { ManagerLoad } from './ManagerLoadTable';

type Metric = 'workload' | 'value';

/** Chart points; floats only place pixels, the table shows the exact figures. */
function points(managers: readonly ManagerLoad[], metric: Metric) {
  return managers.map((m) => ({
    name: m.manager.name,
    before: metric === 'workload' ? m.workloadBefore : Number.parseFloat(m.valueBefore),
    after: metric === 'workload' ? m.workloadAfter : Number.parseFloat(m.valueAfter),
  }));
}

/** Each RM's book before and after the plan, side by side. */
export function BeforeAfterChart({ managers }: { managers: readonly ManagerLoad[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [metric, setMetric] = useState<Metric>('workload');
  return (
    <div data-testid="before-after-chart">
      <Segmented<Metric>
        value={metric}
        onChange={setMetric}
        options={[
          { value: 'workload', label: t('assignment.chart.workload') },
          { value: 'value', label: t('assignment.chart.value') },
        ]}
        style={{ marginBottom: 8 }}
      />
      <ResponsiveContainer width="100%" height={280}>
        <BarChart
          data={points(managers, metric)}
          margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis tickFormatter={(v: number) => formatCompact(v, locale)} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(value) =>
              typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value
            }
          />
          <Legend />
          <Bar
            dataKey="before"
            name={t('assignment.chart.before')}
            fill="#bfbfbf"
            isAnimationActive={false}
          />
          <Bar
            dataKey="after"
            name={t('assignment.chart.after')}
            fill="#1f4e8c"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
