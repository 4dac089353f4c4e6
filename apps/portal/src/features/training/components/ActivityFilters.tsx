import { Checkbox, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingActivityFilter, TrainingType } from '../../../gql/graphql';
import { TRAINING_TYPES } from '../hooks/trainingOptions';
import { YearSelect } from './YearSelect';
import { SearchInput } from '../../../shared/components/SearchInput';

interface ActivityFiltersProps {
  filter: TrainingActivityFilter;
  onChange(filter: TrainingActivityFilter): void;
}

export function ActivityFilters({ filter, onChange }: ActivityFiltersProps) {
  const { t } = useTranslation();

  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <SearchInput
        value={filter.search}
        onSearch={(search) => onChange({ ...filter, search: search ?? undefined })}
        placeholder={t('training.catalogue.searchPlaceholder')}
        testId="activity-search"
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
