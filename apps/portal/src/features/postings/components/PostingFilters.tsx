import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RelationshipManagerFilter, RelationshipManagerStatus } from '../../../gql/graphql';
import { BranchSelect } from '../../../shared/components/BranchSelect';
import { MANAGER_STATUSES } from '../hooks/postingOptions';
import { SearchInput } from '../../../shared/components/SearchInput';

interface PostingFiltersProps {
  filter: RelationshipManagerFilter;
  /** HR and admin pick a branch; a branch head sees their own. */
  branches?: readonly { id: number; code: string; name: string }[];
  onChange(filter: RelationshipManagerFilter): void;
}

/** Narrows the RM list on the server: by name or employee number, branch and status. */
export function PostingFilters({ filter, branches, onChange }: PostingFiltersProps) {
  const { t } = useTranslation();

  const filtered = Boolean(filter.branchId || filter.status || filter.search);

  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <SearchInput
        value={filter.search}
        onSearch={(search) => onChange({ ...filter, search })}
        placeholder={t('postings.searchPlaceholder')}
        testId="postings-search"
      />
      {branches && (
        <BranchSelect
          allowClear
          branches={branches}
          value={filter.branchId ?? undefined}
          onChange={(branchId) => onChange({ ...filter, branchId: branchId ?? null })}
        />
      )}
      <Select<RelationshipManagerStatus>
        allowClear
        placeholder={t('postings.columns.status')}
        value={filter.status ?? undefined}
        onChange={(status) => onChange({ ...filter, status: status ?? null })}
        style={{ width: 180 }}
        data-testid="postings-filter-status"
        options={MANAGER_STATUSES.map((status) => ({
          value: status,
          label: t(`client.manager.statuses.${status}`),
        }))}
      />
      {filtered && (
        <Button
          type="link"
          onClick={() => {
            onChange({});
          }}
          data-testid="postings-filters-clear"
        >
          {t('clients.filters.clear')}
        </Button>
      )}
    </Space>
  );
}
