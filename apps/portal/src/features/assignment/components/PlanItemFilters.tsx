import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  AssignmentPlanAction,
  AssignmentPlanDetailQuery,
  AssignmentPlanReason,
  PlanItemFilter,
} from '../../../gql/graphql';
import { BranchSelect } from '../../../shared/components/BranchSelect';
import { PLAN_ACTIONS, PLAN_REASONS } from './planTags';
import { SearchInput } from '../../../shared/components/SearchInput';

type Counts = AssignmentPlanDetailQuery['assignmentPlan']['itemCounts'];

/** The branch a whole-bank plan's diff is narrowed to. */
export interface BranchFilter {
  options: readonly { id: number; code: string; name: string }[];
  value?: number;
  onChange(branchId: number | undefined): void;
}

interface PlanItemFiltersProps {
  filter: PlanItemFilter;
  counts: Counts;
  /** The RMs of the branch in view; none while a whole-bank plan shows every branch. */
  managers: readonly { id: number; name: string }[];
  branch?: BranchFilter;
  onChange(filter: PlanItemFilter): void;
}

function total<T extends string>(counts: Counts, key: 'action' | 'reason', value: T): number {
  return counts.filter((c) => c[key] === value).reduce((sum, c) => sum + c.count, 0);
}

/** Narrows the plan's diff: by branch, action, reason, RM (moving from or to), client. */
export function PlanItemFilters({
  filter,
  counts,
  managers,
  branch,
  onChange,
}: PlanItemFiltersProps) {
  const { t } = useTranslation();

  const filtered = Boolean(filter.action || filter.reason || filter.managerId || filter.search);

  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <SearchInput
        value={filter.search}
        onSearch={(search) => onChange({ ...filter, search })}
        placeholder={t('clients.searchPlaceholder')}
        width={240}
        testId="items-search"
      />
      {branch && (
        <BranchSelect
          allowClear
          branches={branch.options}
          value={branch.value}
          onChange={branch.onChange}
        />
      )}
      <Select<AssignmentPlanAction>
        allowClear
        placeholder={t('assignment.items.action')}
        value={filter.action ?? undefined}
        onChange={(action) => onChange({ ...filter, action: action ?? null })}
        style={{ width: 170 }}
        data-testid="items-filter-action"
        options={PLAN_ACTIONS.map((action) => ({
          value: action,
          label: `${t(`assignment.action.${action}`)} (${total(counts, 'action', action)})`,
        }))}
      />
      <Select<AssignmentPlanReason>
        allowClear
        placeholder={t('assignment.items.reason')}
        value={filter.reason ?? undefined}
        onChange={(reason) => onChange({ ...filter, reason: reason ?? null })}
        style={{ width: 260 }}
        data-testid="items-filter-reason"
        options={PLAN_REASONS.filter((reason) => total(counts, 'reason', reason) > 0).map(
          (reason) => ({
            value: reason,
            label: `${t(`assignment.reason.${reason}`)} (${total(counts, 'reason', reason)})`,
          }),
        )}
      />
      {managers.length > 0 && (
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('assignment.items.manager')}
          value={filter.managerId ?? undefined}
          onChange={(managerId) => onChange({ ...filter, managerId: managerId ?? null })}
          style={{ width: 200 }}
          data-testid="items-filter-manager"
          options={managers.map((m) => ({ value: m.id, label: m.name }))}
        />
      )}
      {filtered && (
        <Button
          type="link"
          onClick={() => {
            onChange({});
          }}
          data-testid="items-filters-clear"
        >
          {t('clients.filters.clear')}
        </Button>
      )}
    </Space>
  );
}
