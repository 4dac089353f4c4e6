import type { HTMLAttributes, ReactNode } from 'react';
import { Empty, Progress, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../../../shared/format';

/** An RM's or a branch's coverage for the period, and its queue now. */
export interface CoverageRow {
  key: string;
  coreDays: number;
  withinDays: number;
  coverage?: number | null;
  overdueNow: number;
  dueSoonNow: number;
}

interface CoverageTableProps<Row extends CoverageRow> {
  rows: readonly Row[];
  loading: boolean;
  /** The first column: the RM or the branch, as a link. */
  nameTitle: string;
  name(row: Row): ReactNode;
  testId: string;
}

const byNumber =
  <Row extends CoverageRow>(pick: (row: Row) => number | null | undefined) =>
  (a: Row, b: Row) =>
    (pick(a) ?? -1) - (pick(b) ?? -1);

/**
 * Coverage = client-days within cycle / core client-days in the book (docs/domain.md rule 6),
 * with the overdue and due-soon counts now; sortable on the page (every row is loaded).
 */
export function CoverageTable<Row extends CoverageRow>({
  rows,
  loading,
  nameTitle,
  name,
  testId,
}: CoverageTableProps<Row>) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const columns: ColumnsType<Row> = [
    { title: nameTitle, key: 'name', render: (_, row) => name(row) },
    {
      title: t('servicing.coverage.columns.coverage'),
      key: 'coverage',
      width: 200,
      sorter: byNumber((row) => row.coverage),
      onCell: () => ({ 'data-testid': 'coverage-share' }) as HTMLAttributes<HTMLElement>,
      render: (_, row) =>
        row.coverage === null || row.coverage === undefined ? (
          <Typography.Text type="secondary">{t('servicing.coverage.noCoreDays')}</Typography.Text>
        ) : (
          <Progress
            percent={Math.round(row.coverage * 1000) / 10}
            size="small"
            status={row.coverage < 0.8 ? 'exception' : 'normal'}
            format={() => formatShare(row.coverage, i18n.language)}
          />
        ),
    },
    {
      title: t('servicing.coverage.columns.coreDays'),
      dataIndex: 'coreDays',
      align: 'right',
      width: 130,
      render: number,
    },
    {
      title: t('servicing.coverage.columns.withinDays'),
      dataIndex: 'withinDays',
      align: 'right',
      width: 130,
      render: number,
    },
    {
      title: t('servicing.coverage.columns.overdueNow'),
      dataIndex: 'overdueNow',
      align: 'right',
      width: 110,
      sorter: byNumber((row) => row.overdueNow),
      onCell: () => ({ 'data-testid': 'coverage-overdue' }) as HTMLAttributes<HTMLElement>,
      render: (n: number) => (
        <Typography.Text type={n > 0 ? 'danger' : undefined}>{number(n)}</Typography.Text>
      ),
    },
    {
      title: t('servicing.coverage.columns.dueSoonNow'),
      dataIndex: 'dueSoonNow',
      align: 'right',
      width: 110,
      sorter: byNumber((row) => row.dueSoonNow),
      onCell: () => ({ 'data-testid': 'coverage-due-soon' }) as HTMLAttributes<HTMLElement>,
      render: number,
    },
  ];
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      data-testid={testId}
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      showSorterTooltip={false}
      onRow={(row) =>
        ({ 'data-testid': 'coverage-row', 'data-key': row.key }) as HTMLAttributes<HTMLElement>
      }
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('servicing.coverage.empty')} />
        ),
      }}
    />
  );
}
