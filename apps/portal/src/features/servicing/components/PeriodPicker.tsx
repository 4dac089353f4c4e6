import { DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useBankToday } from '../../../shared/useBankToday';
import {
  PERIOD_KINDS,
  periodDays,
  type CoveragePeriod,
  type PeriodKind,
} from '../hooks/coveragePeriod';

interface PeriodPickerProps {
  period: CoveragePeriod;
  onChange(period: CoveragePeriod): void;
}

/** This month, last month, this quarter, or days of one's own (up to today). */
export function PeriodPicker({ period, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const today = useBankToday();
  return (
    <Space wrap>
      <Segmented<PeriodKind>
        value={period.kind}
        data-testid="coverage-period"
        options={PERIOD_KINDS.map((kind) => ({
          value: kind,
          label: t(`servicing.coverage.periods.${kind}`),
        }))}
        onChange={(kind) =>
          onChange(kind === 'custom' ? { ...period, kind } : periodDays(kind, today.iso))
        }
      />
      <DatePicker.RangePicker
        value={[dayjs(period.from), dayjs(period.to)]}
        allowClear={false}
        disabledDate={(date) => date.isAfter(today.day, 'day')}
        onChange={(range) => {
          const [from, to] = range ?? [];
          if (from && to)
            onChange({
              kind: 'custom',
              from: from.format('YYYY-MM-DD'),
              to: to.format('YYYY-MM-DD'),
            });
        }}
        data-testid="coverage-range"
      />
    </Space>
  );
}
