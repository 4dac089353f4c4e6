import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientKind, ProductType } from '../../../gql/graphql';
import {
  CLIENT_KINDS,
  PRODUCT_TYPES,
  hasFilters,
  type ClientListParams,
} from '../hooks/clientListParams';
import { SearchInput } from '../../../shared/components/SearchInput';

interface Option {
  id: number;
  name: string;
}

interface ClientsToolbarProps {
  params: ClientListParams;
  showBranchFilter: boolean;
  showManagerFilter: boolean;
  branches: readonly Option[];
  managers: readonly Option[];
  onChange(patch: Partial<ClientListParams>, options?: { replace?: boolean }): void;
}

export function ClientsToolbar({
  params,
  showBranchFilter,
  showManagerFilter,
  branches,
  managers,
  onChange,
}: ClientsToolbarProps) {
  const { t } = useTranslation();
  const clear = () => {
    onChange({
      search: '',
      kind: undefined,
      productType: undefined,
      branchId: undefined,
      managerId: undefined,
    });
  };

  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <SearchInput
        value={params.search}
        onSearch={(search) => onChange({ search: search ?? '' }, { replace: true })}
        placeholder={t('clients.searchPlaceholder')}
        testId="clients-search"
      />
      <Select<ClientKind>
        allowClear
        placeholder={t('clients.filters.kind')}
        value={params.kind}
        onChange={(kind) => onChange({ kind })}
        style={{ width: 150 }}
        data-testid="filter-kind"
        options={CLIENT_KINDS.map((kind) => ({ value: kind, label: t(`clients.kind.${kind}`) }))}
      />
      <Select<ProductType>
        allowClear
        placeholder={t('clients.filters.product')}
        value={params.productType}
        onChange={(productType) => onChange({ productType })}
        style={{ width: 180 }}
        data-testid="filter-product"
        options={PRODUCT_TYPES.map((type) => ({
          value: type,
          label: t(`clients.product.${type}`),
        }))}
      />
      {showBranchFilter && (
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('clients.filters.branch')}
          value={params.branchId}
          onChange={(branchId) => onChange({ branchId, managerId: undefined })}
          style={{ width: 200 }}
          data-testid="filter-branch"
          options={branches.map((b) => ({ value: b.id, label: b.name }))}
        />
      )}
      {showManagerFilter && (
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('clients.filters.manager')}
          value={params.managerId}
          onChange={(managerId) => onChange({ managerId })}
          style={{ width: 200 }}
          data-testid="filter-manager"
          options={managers.map((m) => ({ value: m.id, label: m.name }))}
        />
      )}
      {hasFilters(params) && (
        <Button type="link" onClick={clear} data-testid="filters-clear">
          {t('clients.filters.clear')}
        </Button>
      )}
    </Space>
  );
}
