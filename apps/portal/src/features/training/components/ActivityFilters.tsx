import { useEffect, useRef, useState } from 'react';
import { Checkbox, Input, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TrainingActivityFilter, TrainingType } from '../../../gql/graphql';
import { TRAINING_TYPES } from '../hooks/trainingOptions';
import { YearSelect } from './YearSelect';

const SEARCH_DELAY_MS = 350;

interface ActivityFiltersProps {
  filter: TrainingActivityFilter;
  onChange(filter: TrainingActivityFilter): void;
}

export function ActivityFilters({ filter, onChange }: ActivityFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filter.search ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onSearch = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => onChange({ ...filter, search: value.trim() || undefined }),
      SEARCH_DELAY_MS,
    );
  };

  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('training.catalogue.searchPlaceholder')}
        value={text}
        onChange={(e) => onSearch(e.target.value)}
        style={{ width: 260 }}
        data-testid="activity-search"
      />
      <YearSelect
        allowAll
        value={filter.year ?? undefined}
        onChange={(year) => onChange({ ...filter, year })}
      />
      <Select<TrainingType>
        allowClear
        placeholder={t('training.fields.type')}
        value={filter.type ?? undefined}
        onChange={(type) => onChange({ ...filter, type })}
        style={{ width: 200 }}
        data-testid="activity-type-filter"
        options={TRAINING_TYPES.map((type) => ({
          value: type,
          label: t(`training.types.${type}`),
        }))}
      />
      <Checkbox
        checked={Boolean(filter.activeOnly)}
        onChange={(e) => onChange({ ...filter, activeOnly: e.target.checked || undefined })}
        data-testid="activity-active-only"
      >
        {t('training.catalogue.activeOnly')}
      </Checkbox>
    </Space>
  );
}
