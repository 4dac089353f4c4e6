import type { HTMLAttributes } from 'react';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { ParetoQuery } from '../../../gql/graphql';
import { formatMoney, formatShare } from '../../../shared/format';

export type BranchPareto = NonNullable<ParetoQuery['pareto']>['branches'][number];

interface BranchParetoTableProps {
  branches: readonly BranchPareto[];
  selectedId?: number;
  onSelect(branchId: number): void;
}

/** Admin: every branch by how concentrated its value is, the most concentrated first. */
export function BranchParetoTable({ branches, selectedId, onSelect }: BranchParetoTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rows = [...branches].sort((a, b) => b.curve.top20Share - a.curve.top20Share);
  const columns: ColumnsType<BranchPareto> = [
    { title: t('pareto.columns.branch'), key: 'branch', render: (_, row) => row.branch.name },
    {
      title: t('pareto.columns.top20Share'),
      key: 'top20',
      align: 'right',
      render: (_, row) => formatShare(row.curve.top20Share, locale),
    },
    {
      title: t('pareto.columns.coreValueShare'),
      dataIndex: 'coreValueShare',
      align: 'right',
      render: (share: number) => formatShare(share, locale),
    },
    {
      title: t('pareto.columns.coreClients'),
      key: 'core',
      align: 'right',
      render: (_, row) =>
        `${new Intl.NumberFormat(locale).format(row.coreClients)} / ${new Intl.NumberFormat(locale).format(row.curve.clients)}`,
    },
    {
      title: t('pareto.columns.totalValue'),
      key: 'value',
      align: 'right',
      render: (_, row) => formatMoney(row.curve.totalValue, locale),
    },
  ];
  return (
    <Table<BranchPareto>
      rowKey={(row) => row.branch.id}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
      data-testid="pareto-branches"
      onRow={(row) =>
        ({
          onClick: () => onSelect(row.branch.id),
          style: {
            cursor: 'pointer',
            background: row.branch.id === selectedId ? '#e6f4ff' : undefined,
          },
          'data-testid': 'pareto-branch-row',
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
