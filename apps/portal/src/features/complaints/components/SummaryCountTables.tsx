import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';

export interface NamedCount {
  key: string;
  name: string;
  count: number;
  upheld: number;
}

interface CountTableProps {
  rows: readonly NamedCount[];
  /** The heading of the name column. */
  title: string;
  testId: string;
}

/** Complaints received and upheld per branch or per responsible RM, largest first. */
export function CountTable({ rows, title, testId }: CountTableProps) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const columns: ColumnsType<NamedCount> = [
    { title, dataIndex: 'name', ellipsis: true },
    {
      title: t('complaints.summary.received'),
      dataIndex: 'count',
      align: 'right',
      width: 100,
      render: number,
    },
    {
      title: t('complaints.summary.upheld'),
      dataIndex: 'upheld',
      align: 'right',
      width: 100,
      render: number,
    },
  ];
  return (
    <Table<NamedCount>
      rowKey="key"
      size="small"
      data-testid={testId}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: t('complaints.summary.none') }}
    />
  );
}
