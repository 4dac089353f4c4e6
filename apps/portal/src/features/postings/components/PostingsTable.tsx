import type { HTMLAttributes } from 'react';
import { Button, Empty, Table, Tooltip, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { useBankToday } from '../../../shared/useBankToday';
import type { RmPostingFieldsFragment } from '../../../gql/graphql';
import { ManagerStatusTag } from '../../../shared/components/ManagerStatusTag';
import { formatDate } from '../../../shared/format';
import { isGrade } from '../../training/hooks/trainingOptions';

interface PostingsTableProps {
  rows: readonly RmPostingFieldsFragment[];
  loading: boolean;
  filtered: boolean;
  /** HR and admin edit postings; a branch head only reads them. */
  onEdit?: (posting: RmPostingFieldsFragment) => void;
}

/** The RMs with their posting: status, core-client capacity and contract end (rule 11). */
export function PostingsTable({ rows, loading, filtered, onEdit }: PostingsTableProps) {
  const { t } = useTranslation();
  const today = useBankToday().iso;

  const columns: ColumnsType<RmPostingFieldsFragment> = [
    {
      title: t('postings.columns.employeeNo'),
      dataIndex: 'employeeNo',
      width: 120,
      onCell: () => ({ 'data-testid': 'posting-employee-no' }) as HTMLAttributes<HTMLElement>,
    },
    {
      title: t('postings.columns.name'),
      dataIndex: 'name',
      onCell: () => ({ 'data-testid': 'posting-name' }) as HTMLAttributes<HTMLElement>,
    },
    {
      title: t('postings.columns.branch'),
      key: 'branch',
      render: (_, row) => `${row.branch.name} (${row.branch.code})`,
    },
    {
      title: t('postings.columns.grade'),
      dataIndex: 'grade',
      width: 120,
      render: (grade: string) => (isGrade(grade) ? t(`training.grades.${grade}`) : grade),
    },
    {
      title: t('postings.columns.status'),
      dataIndex: 'status',
      width: 130,
      render: (status: RmPostingFieldsFragment['status']) => <ManagerStatusTag status={status} />,
    },
    {
      title: t('postings.columns.coreCapacity'),
      dataIndex: 'coreCapacity',
      align: 'right',
      width: 140,
      onCell: () => ({ 'data-testid': 'posting-capacity' }) as HTMLAttributes<HTMLElement>,
    },
    {
      title: t('postings.columns.contractEnd'),
      dataIndex: 'contractEndDate',
      width: 140,
      render: (date: string | null) =>
        date && date < today ? (
          <Tooltip title={t('postings.contractEnded')}>
            <Typography.Text type="danger">{formatDate(date)}</Typography.Text>
          </Tooltip>
        ) : (
          formatDate(date)
        ),
    },
    ...(onEdit
      ? ([
          {
            key: 'edit',
            width: 130,
            align: 'right',
            render: (_, row) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={() => onEdit(row)}
                data-testid="posting-edit"
              >
                {t('postings.edit')}
              </Button>
            ),
          },
        ] satisfies ColumnsType<RmPostingFieldsFragment>)
      : []),
  ];

  return (
    <Table<RmPostingFieldsFragment>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="postings-table"
      onRow={(row) =>
        ({
          'data-testid': 'posting-row',
          'data-employee-no': row.employeeNo,
        }) as HTMLAttributes<HTMLElement>
      }
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={filtered ? t('postings.emptyFiltered') : t('postings.empty')}
            data-testid="postings-empty"
          />
        ),
      }}
    />
  );
}
