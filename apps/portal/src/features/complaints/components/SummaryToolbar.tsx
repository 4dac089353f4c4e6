import { DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { BranchSelect } from '../../../shared/components/BranchSelect';
import {
  PERIOD_PRESETS,
  presetRange,
  type PeriodChoice,
  type SummaryParams,
} from '../hooks/summaryPeriod';

interface SummaryToolbarProps {
  params: SummaryParams;
  today: string;
  /** Admin's branches; absent for a branch head (their own branch). */
  branches?: readonly { id: number; name: string; code?: string }[];
  onChange(params: SummaryParams): void;
}

/** The period (this month, last month, this quarter or chosen days) and, for admin, the branch. */
export function SummaryToolbar({ params, today, branches, onChange }: SummaryToolbarProps) {
  const { t } = useTranslation();
  const choose = (period: PeriodChoice) =>
    onChange(
      period === 'CUSTOM'
        ? { ...params, period }
        : { ...params, period, ...presetRange(period, today) },
    );
  return (
    <Space wrap>
      <Segmented<PeriodChoice>
        value={params.period}
        onChange={choose}
        data-testid="summary-period"
        options={[...PERIOD_PRESETS, 'CUSTOM' as const].map((period) => ({
          value: period,
          label: t(`complaints.summary.periods.${period}`),
        }))}
      />
      <DatePicker.RangePicker
        value={[dayjs(params.from), dayjs(params.to)]}
        allowClear={false}
        disabledDate={(day) => day.isAfter(dayjs(today), 'day')}
        onChange={(dates) => {
          const [from, to] = dates ?? [];
          if (from && to)
            onChange({
              ...params,
              period: 'CUSTOM',
              from: from.format('YYYY-MM-DD'),
              to: to.format('YYYY-MM-DD'),
            });
        }}
        data-testid="summary-range"
      />
      {branches && (
        <BranchSelect
          allowClear
          branches={branches}
          value={params.branchId}
          onChange={(branchId) => onChange({ ...params, branchId })}
        />
      )}
    </Space>
  );
}
