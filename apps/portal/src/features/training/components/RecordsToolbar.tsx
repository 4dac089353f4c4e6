import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingRecordStatus, TrainingType } from '../../../gql/graphql';
import type { RecordListParams } from '../hooks/recordListParams';
import { RECORD_STATUSES, TRAINING_TYPES } from '../hooks/trainingOptions';
import { YearSelect } from './YearSelect';

interface Option {
  id: number;
  name: string;
}

interface RecordsToolbarProps {
  params: RecordListParams;
  branches: readonly Option[];
  managers: readonly (Option & { employeeNo: string })[];
  onChange(patch: Partial<RecordListParams>): void;
}

export function RecordsToolbar({ params, branches, managers, onChange }: RecordsToolbarProps) {
  const { t } = useTranslation();
  const filtered = Boolean(params.branchId || params.managerId || params.type || params.status);
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select<number>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('training.fields.branch')}
        value={params.branchId}
        onChange={(branchId) => onChange({ branchId, managerId: undefined })}
        style={{ width: 200 }}
        data-testid="records-branch"
        options={branches.map((b) => ({ value: b.id, label: b.name }))}
      />
      <Select<number>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('training.fields.manager')}
        value={params.managerId}
        onChange={(managerId) => onChange({ managerId })}
        style={{ width: 220 }}
        data-testid="records-manager"
        options={managers.map((m) => ({ value: m.id, label: `${m.name} (${m.employeeNo})` }))}
      />
      <Select<TrainingType>
        allowClear
        placeholder={t('training.fields.type')}
        value={params.type}
        onChange={(type) => onChange({ type })}
        style={{ width: 200 }}
        data-testid="records-type"
        options={TRAINING_TYPES.map((type) => ({
          value: type,
          label: t(`training.types.${type}`),
        }))}
      />
      <YearSelect
        allowAll
        value={params.year}
        onChange={(year) => onChange({ year })}
        testId="records-year"
      />
      <Select<TrainingRecordStatus>
        allowClear
        placeholder={t('training.fields.status')}
        value={params.status}
        onChange={(status) => onChange({ status })}
        style={{ width: 140 }}
        data-testid="records-status"
        options={RECORD_STATUSES.map((status) => ({
          value: status,
          label: t(`training.statuses.${status}`),
        }))}
      />
      {filtered && (
        <Button
          type="link"
          onClick={() =>
            onChange({
              branchId: undefined,
              managerId: undefined,
              type: undefined,
              status: undefined,
            })
          }
        >
          {t('training.clearFilters')}
        </Button>
      )}
    </Space>
  );
}
