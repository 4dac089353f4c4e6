import { useMemo } from 'react';
import { Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { yearChoices } from '../hooks/trainingOptions';

interface YearSelectProps {
  value: number | undefined;
  onChange(year: number | undefined): void;
  /** Offer "all years" (the records grid); a training file is always one year. */
  allowAll?: boolean;
  testId?: string;
}

const ALL = 0;

export function YearSelect({ value, onChange, allowAll, testId = 'year-select' }: YearSelectProps) {
  const { t } = useTranslation();
  const options = useMemo(() => {
    const years = yearChoices(dayjs().year());
    // A year picked from a link may lie outside the usual range: keep it selectable.
    if (value !== undefined && !years.includes(value)) years.push(value);
    const list = years.map((year) => ({ value: year, label: String(year) }));
    return allowAll ? [{ value: ALL, label: t('training.allYears') }, ...list] : list;
  }, [allowAll, t, value]);
  return (
    <Select<number>
      value={value ?? ALL}
      onChange={(year) => onChange(year === ALL ? undefined : year)}
      style={{ width: 120 }}
      options={options}
      aria-label={t('training.year')}
      data-testid={testId}
    />
  );
}
