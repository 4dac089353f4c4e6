import { Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { AssignmentPlanDetailQuery } from '../../../gql/graphql';
import { formatCompact, formatMoney } from '../../../shared/format';

// Asked for only when a branch is in view (a whole-bank plan has every RM of the bank).
export type ManagerLoad = NonNullable<
  AssignmentPlanDetailQuery['assignmentPlan']['managers']
>[number];

/** Bars are relative to the largest book of the branch, so books compare at a glance. */
function largest(rows: readonly ManagerLoad[], pick: (row: ManagerLoad) => number): number {
  return Math.max(1, ...rows.map(pick));
}

/**
 * Each RM's core book after the plan: clients against capacity, workload and value
 * (docs/domain.md rule 3: balanced books, within capacity, only eligible RMs receive clients).
 */
export function ManagerLoadTable({ managers }: { managers: readonly ManagerLoad[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const maxWorkload = largest(managers, (m) => Math.max(m.workloadAfter, m.workloadBefore));
  // Book values are decimal strings; floats only size the bars.
  const maxValue = largest(managers, (m) => Number.parseFloat(m.valueAfter));

  const columns: ColumnsType<ManagerLoad> = [
    {
      title: t('assignment.loads.manager'),
      key: 'manager',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <span data-testid="load-manager">{row.manager.name}</span>
            {!row.eligible && (
              <Tooltip
                title={
                  row.ineligibleReason
                    ? t(`assignment.ineligible.${row.ineligibleReason}`)
                    : undefined
                }
              >
                <Tag color="orange" data-testid="load-ineligible">
                  {t('assignment.loads.ineligible')}
                </Tag>
              </Tooltip>
            )}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.manager.employeeNo}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('assignment.loads.capacity'),
      key: 'capacity',
      width: 220,
      render: (_, row) => {
        const full = row.capacity === 0 ? 100 : (100 * row.clientsAfter) / row.capacity;
        return (
          <Progress
            percent={Math.min(100, full)}
            status={row.clientsAfter > row.capacity ? 'exception' : 'normal'}
            format={() => `${row.clientsAfter} / ${row.capacity}`}
            size="small"
            data-testid="load-capacity"
          />
        );
      },
    },
    {
      title: t('assignment.loads.workload'),
      key: 'workload',
      width: 240,
      render: (_, row) => (
        <Progress
          percent={(100 * row.workloadAfter) / maxWorkload}
          strokeColor="#1f4e8c"
          status="normal"
          format={() =>
            t('assignment.loads.beforeAfter', {
              before: row.workloadBefore,
              after: row.workloadAfter,
            })
          }
          size="small"
        />
      ),
    },
    {
      title: t('assignment.loads.value'),
      key: 'value',
      width: 260,
      render: (_, row) => (
        <Tooltip
          title={t('assignment.loads.valueTooltip', {
            before: formatMoney(row.valueBefore, locale),
            after: formatMoney(row.valueAfter, locale),
          })}
        >
          <Progress
            percent={(100 * Number.parseFloat(row.valueAfter)) / maxValue}
            strokeColor="#d48806"
            status="normal"
            format={() => formatCompact(Number.parseFloat(row.valueAfter), locale)}
            size="small"
          />
        </Tooltip>
      ),
    },
    {
      title: t('assignment.loads.clientsBefore'),
      dataIndex: 'clientsBefore',
      align: 'right',
      width: 110,
    },
  ];

  return (
    <Table<ManagerLoad>
      rowKey={(row) => row.manager.id}
      size="small"
      columns={columns}
      dataSource={managers}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="manager-loads"
    />
  );
}
