import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { paretoPoints } from './paretoPoints';

interface ParetoChartProps {
  /** Absent when the caller sees only their branch. */
  bank?: readonly number[];
  branch?: readonly number[];
  branchName?: string;
}

/**
 * The Lorenz/Pareto curve: the share of value (y) held by the most valuable share of
 * clients (x). The diagonal is value spread evenly; the 20% line marks the core set.
 */
export function ParetoChart({ bank, branch, branchName }: ParetoChartProps) {
  const { t } = useTranslation();
  const points = paretoPoints(bank, branch);
  const percent = (v: number) => `${v}%`;
  return (
    <div data-testid="pareto-chart">
      <ResponsiveContainer width="100%" height={340}>
        <LineChart data={points} margin={{ top: 8, right: 24, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="clientsPercent"
            type="number"
            domain={[0, 100]}
            ticks={[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]}
            tickFormatter={percent}
            tick={{ fontSize: 12 }}
            label={{ value: t('pareto.xAxis'), position: 'insideBottom', offset: -8, fontSize: 12 }}
          />
          <YAxis
            domain={[0, 100]}
            tickFormatter={percent}
            tick={{ fontSize: 12 }}
            label={{ value: t('pareto.yAxis'), angle: -90, position: 'insideLeft', fontSize: 12 }}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? `${value.toFixed(1)}%` : value)}
            labelFormatter={(x) =>
              t('pareto.tooltipTop', { percent: typeof x === 'number' ? String(x) : '' })
            }
          />
          <Legend verticalAlign="top" height={28} />
          <ReferenceLine x={20} stroke="#8c8c8c" strokeDasharray="4 4" />
          <Line
            dataKey="equal"
            name={t('pareto.equal')}
            stroke="#bfbfbf"
            strokeDasharray="5 5"
            dot={false}
            isAnimationActive={false}
          />
          {bank && (
            <Line
              dataKey="bank"
              name={t('pareto.bank')}
              stroke="#1f4e8c"
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          )}
          {branch && (
            <Line
              dataKey="branch"
              name={branchName ?? t('pareto.branch')}
              stroke="#d48806"
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
