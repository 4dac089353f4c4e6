import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

interface BranchSelectProps {
  branches: readonly { id: number; name: string; code?: string }[];
  value?: number;
  onChange(branchId: number | undefined): void;
  allowClear?: boolean;
}

/** A branch picker for roles that see every branch (a branch head always sees their own). */
export function BranchSelect({ branches, value, onChange, allowClear }: BranchSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<number>
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('clients.filters.branch')}
      value={value}
      onChange={(id) => onChange(id ?? undefined)}
      style={{ width: 240 }}
      data-testid="branch-select"
      options={branches.map((b) => ({
        value: b.id,
        label: b.code ? `${b.name} (${b.code})` : b.name,
      }))}
    />
  );
}
