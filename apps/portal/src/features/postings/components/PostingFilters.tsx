import { useEffect, useRef, useState } from 'react';
import { Button, Input, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RelationshipManagerFilter, RelationshipManagerStatus } from '../../../gql/graphql';
import { BranchSelect } from '../../../shared/components/BranchSelect';
import { MANAGER_STATUSES } from '../hooks/postingOptions';

const SEARCH_DELAY_MS = 350;

interface PostingFiltersProps {
  filter: RelationshipManagerFilter;
  /** HR and admin pick a branch; a branch head sees their own. */
  branches?: readonly { id: number; code: string; name: string }[];
  onChange(filter: RelationshipManagerFilter): void;
}

/** Narrows the RM list on the server: by name or employee number, branch and status. */
export function PostingFilters({ filter, branches, onChange }: PostingFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filter.search ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onSearch = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => onChange({ ...filter, search: value.trim() || null }),
      SEARCH_DELAY_MS,
    );
  };
  const filtered = Boolean(filter.branchId || filter.status || filter.search);

  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('postings.searchPlaceholder')}
        value={text}
        onChange={(e) => onSearch(e.target.value)}
        style={{ width: 260 }}
        data-testid="postings-search"
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
            clearTimeout(timer.current);
            setText('');
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
