import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanScope } from '../hooks/planScope';

interface PlanScopeSelectProps {
  branches: readonly { id: number; name: string; code: string }[];
  value?: PlanScope;
  onChange(scope: PlanScope | undefined): void;
}

/** Admin's choice on the board: one branch, or every branch in one whole-bank plan. */
export function PlanScopeSelect({ branches, value, onChange }: PlanScopeSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<PlanScope>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('clients.filters.branch')}
      value={value}
      onChange={(scope) => onChange(scope ?? undefined)}
      style={{ width: 260 }}
      data-testid="plan-scope-select"
      options={[
        { value: 'bank', label: t('assignment.wholeBank') },
        ...branches.map((b) => ({ value: b.id, label: `${b.name} (${b.code})` })),
      ]}
    />
  );
}
