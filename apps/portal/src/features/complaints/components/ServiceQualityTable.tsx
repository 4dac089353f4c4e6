import { Empty, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { ServiceQualityQuery } from '../../../gql/graphql';

export type ServiceQualityRow = ServiceQualityQuery['serviceQuality'][number];

/** An index (0-100) or NPS (-100 to 100) to one decimal; none without responses. */
export function formatScore(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * The satisfaction index with the responses it rests on; an index on fewer than the
 * minimum responses is pulled toward the branch mean, and says so on hover.
 */
export function SatisfactionIndex({ row }: { row: ServiceQualityRow }) {
  const { t, i18n } = useTranslation();
  const text = t('complaints.quality.indexWithResponses', {
    index: formatScore(row.satisfactionIndex, i18n.language),
    responses: row.responses,
  });
  const pulled =
    row.meanIndex !== null &&
    row.satisfactionIndex !== null &&
    row.meanIndex !== row.satisfactionIndex;
  if (!pulled) return <span data-testid="quality-index">{text}</span>;
  return (
    <Tooltip
      title={t('complaints.quality.pulled', { mean: formatScore(row.meanIndex, i18n.language) })}
    >
      <Typography.Text underline data-testid="quality-index">
        {text}
      </Typography.Text>
    </Tooltip>
  );
}

interface ServiceQualityTableProps {
  rows: readonly ServiceQualityRow[];
  loading: boolean;
  /** Admin's bank-wide view spans branches. */
  showBranch: boolean;
}

/** Per RM for the period: complaints they were responsible for, and client satisfaction. */
export function ServiceQualityTable({ rows, loading, showBranch }: ServiceQualityTableProps) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  type Count = 'complaints' | 'upheld' | 'decidedLate' | 'open' | 'complaintResponses';
  /** A count column; the ones a head compares RMs by can be sorted. */
  const count = (key: Count, width: number, sortable = false) => ({
    title: t(`complaints.quality.${key}`),
    dataIndex: key,
    align: 'right' as const,
    width,
    ...(sortable && {
      sorter: (a: ServiceQualityRow, b: ServiceQualityRow) => a[key] - b[key],
      sortDirections: ['descend' as const, 'ascend' as const],
    }),
    render: (value: number) => number(value),
  });
  const columns: ColumnsType<ServiceQualityRow> = [
    {
      title: t('complaints.quality.manager'),
      key: 'manager',
      ellipsis: true,
      render: (_, row) => (
        <>
          {row.manager.name}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            {row.manager.employeeNo}
          </Typography.Text>
        </>
      ),
    },
    ...(showBranch
      ? [
          {
            title: t('complaints.summary.branch'),
            key: 'branch',
            ellipsis: true,
            render: (_: unknown, row: ServiceQualityRow) => row.manager.branch.name,
          },
        ]
      : []),
    count('complaints', 124, true),
    count('upheld', 100, true),
    count('decidedLate', 120, true),
    count('open', 80),
    {
      title: t('complaints.quality.satisfaction'),
      key: 'satisfaction',
      align: 'right',
      width: 170,
      sorter: (a, b) => (a.satisfactionIndex ?? -1) - (b.satisfactionIndex ?? -1),
      sortDirections: ['descend', 'ascend'],
      render: (_, row) => <SatisfactionIndex row={row} />,
    },
    {
      title: t('complaints.quality.nps'),
      dataIndex: 'netPromoterScore',
      align: 'right',
      width: 72,
      render: (value: number | null) => formatScore(value, i18n.language),
    },
    count('complaintResponses', 104),
  ];
  return (
    <Table<ServiceQualityRow>
      rowKey={(row) => row.manager.id}
      size="small"
      data-testid="service-quality-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      tableLayout="fixed"
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.quality.empty')} />
        ),
      }}
    />
  );
}
