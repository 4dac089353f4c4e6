import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientKind, LifecycleStage, ProductType, ValueTier } from '../../../gql/graphql';
import {
  CLIENT_KINDS,
  LIFECYCLE_STAGES,
  NO_FILTERS,
  PRODUCT_TYPES,
  VALUE_TIERS,
  hasFilters,
  type ClientListParams,
} from '../hooks/clientListParams';
import { SearchInput } from '../../../shared/components/SearchInput';

interface Option {
  id: number;
  name: string;
}

/** The branch pool in the RM filter: clients no RM serves. */
const POOL = 0;

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
  const yesNo = (yes: string, no: string) => [
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ];
  const asYesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : value ? 'yes' : 'no';
  const fromYesNo = (value: string | undefined) =>
    value === undefined ? undefined : value === 'yes';

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
      <Select<ValueTier>
        allowClear
        placeholder={t('segments.tierLabel')}
        value={params.tier}
        onChange={(tier) => onChange({ tier })}
        style={{ width: 120 }}
        data-testid="filter-tier"
        options={VALUE_TIERS.map((tier) => ({ value: tier, label: t(`segments.tier.${tier}`) }))}
      />
      <Select<string>
        allowClear
        placeholder={t('segments.coreLabel')}
        value={asYesNo(params.core)}
        onChange={(core) => onChange({ core: fromYesNo(core) })}
        style={{ width: 130 }}
        data-testid="filter-core"
        options={yesNo(t('segments.core'), t('segments.nonCore'))}
      />
      <Select<LifecycleStage>
        allowClear
        placeholder={t('segments.lifecycleLabel')}
        value={params.lifecycleStage}
        onChange={(lifecycleStage) => onChange({ lifecycleStage })}
        style={{ width: 130 }}
        data-testid="filter-stage"
        options={LIFECYCLE_STAGES.map((stage) => ({
          value: stage,
          label: t(`segments.lifecycle.${stage}`),
        }))}
      />
      <Select<string>
        allowClear
        placeholder={t('clients.filters.warning')}
        value={asYesNo(params.openWarning)}
        onChange={(warning) => onChange({ openWarning: fromYesNo(warning) })}
        style={{ width: 190 }}
        data-testid="filter-warning"
        options={yesNo(t('clients.filters.withWarning'), t('clients.filters.withoutWarning'))}
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
          value={params.inBranchPool ? POOL : params.managerId}
          onChange={(id) =>
            onChange(
              id === POOL
                ? { inBranchPool: true, managerId: undefined }
                : { managerId: id, inBranchPool: undefined },
            )
          }
          style={{ width: 200 }}
          data-testid="filter-manager"
          options={[
            { value: POOL, label: t('clients.filters.pool') },
            ...managers.map((m) => ({ value: m.id, label: m.name })),
          ]}
        />
      )}
      {hasFilters(params) && (
        <Button type="link" onClick={() => onChange(NO_FILTERS)} data-testid="filters-clear">
          {t('clients.filters.clear')}
        </Button>
      )}
    </Space>
  );
}
