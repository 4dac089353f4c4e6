import type { HTMLAttributes } from 'react';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { AssignmentPlanDetailQuery } from '../../../gql/graphql';
import { formatMoney, formatRatio } from '../../../shared/format';

export type BranchBalance = AssignmentPlanDetailQuery['assignmentPlan']['branchBalances'][number];

interface BranchBalancesTableProps {
  balances: readonly BranchBalance[];
  selected?: number;
  onSelect(branchId: number): void;
}

/**
 * A whole-bank plan branch by branch: how even each branch's books get (rule 3) and what
 * it cannot place. Choosing a branch shows its RMs' books and narrows the diff to it.
 */
export function BranchBalancesTable({ balances, selected, onSelect }: BranchBalancesTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const columns: ColumnsType<BranchBalance> = [
    {
      title: t('assignment.balances.branch'),
      key: 'branch',
      render: (_, row) => `${row.branch.name} (${row.branch.code})`,
    },
    {
      title: t('assignment.balances.eligibleManagers'),
      dataIndex: 'eligibleManagers',
      align: 'right',
    },
    { title: t('assignment.balances.coreClients'), dataIndex: 'coreClients', align: 'right' },
    {
      title: t('assignment.stats.unplaced'),
      dataIndex: 'unplaced',
      align: 'right',
      render: (unplaced: number) =>
        unplaced > 0 ? <Typography.Text type="danger">{unplaced}</Typography.Text> : unplaced,
    },
    {
      title: t('assignment.stats.workloadRatio'),
      key: 'workload',
      render: (_, row) => (
        <span>
          {formatRatio(row.maxMeanWorkloadRatio, locale)}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('assignment.stats.lowerBound', {
              ratio: formatRatio(row.workloadLowerBoundRatio, locale),
            })}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('assignment.balances.meanValue'),
      dataIndex: 'meanValue',
      align: 'right',
      render: (value: string) => formatMoney(value, locale),
    },
  ];
  return (
    <Table<BranchBalance>
      rowKey={(row) => row.branch.id}
      size="small"
      columns={columns}
      dataSource={balances}
      pagination={balances.length > 10 ? { pageSize: 10, size: 'small' } : false}
      scroll={{ x: 'max-content' }}
      rowSelection={{
        type: 'radio',
        selectedRowKeys: selected === undefined ? [] : [selected],
        onChange: (keys) => {
          if (keys.length > 0) onSelect(Number(keys[0]));
        },
      }}
      onRow={(row) =>
        ({
          onClick: () => onSelect(row.branch.id),
          style: { cursor: 'pointer' },
          'data-testid': 'branch-balance-row',
        }) as HTMLAttributes<HTMLElement>
      }
      data-testid="branch-balances"
    />
  );
}
