import type { HTMLAttributes } from 'react';
import { Empty, Progress, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TrainingOverviewQuery } from '../../../gql/graphql';
import { isGrade, progressPercent } from '../hooks/trainingOptions';
import { compareNames } from '../../../shared/format';

type FileRow = TrainingOverviewQuery['trainingOverview'][number];

interface OverviewTableProps {
  rows: readonly FileRow[];
  loading: boolean;
  year: number;
}

/** A branch's RMs against the yearly requirement; a row opens that RM's training file. */
export function OverviewTable({ rows, loading, year }: OverviewTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = (row: FileRow) => void navigate(`/training/files/${row.manager.id}?year=${year}`);

  const columns: ColumnsType<FileRow> = [
    {
      title: t('training.fields.manager'),
      key: 'name',
      render: (_, row) => row.manager.name,
      sorter: (a, b) => compareNames(a.manager.name, b.manager.name),
    },
    {
      title: t('training.fields.employeeNo'),
      key: 'employeeNo',
      width: 120,
      render: (_, row) => row.manager.employeeNo,
    },
    {
      title: t('training.fields.grade'),
      key: 'grade',
      width: 120,
      render: (_, row) =>
        isGrade(row.manager.grade) ? t(`training.grades.${row.manager.grade}`) : row.manager.grade,
    },
    { title: t('training.file.required'), dataIndex: 'required', width: 90, align: 'right' },
    {
      title: t('training.file.earned'),
      dataIndex: 'earned',
      width: 90,
      align: 'right',
      sorter: (a, b) => Number(a.earned) - Number(b.earned),
    },
    {
      title: t('training.overview.progress'),
      key: 'progress',
      width: 200,
      render: (_, row) => (
        <Progress
          size="small"
          percent={progressPercent(row.earned, row.required)}
          status={row.renewalAtRisk ? 'exception' : undefined}
        />
      ),
    },
    {
      title: t('training.overview.renewal'),
      key: 'risk',
      width: 140,
      filters: [
        { text: t('training.overview.atRisk'), value: true },
        { text: t('training.overview.onTrack'), value: false },
      ],
      onFilter: (value, row) => row.renewalAtRisk === value,
      render: (_, row) =>
        row.renewalAtRisk ? (
          <Tag color="red" data-testid="overview-at-risk">
            {t('training.overview.atRisk')}
          </Tag>
        ) : (
          <Tag color="green">{t('training.overview.onTrack')}</Tag>
        ),
    },
    {
      title: t('training.overview.certificatesDue'),
      key: 'certificates',
      width: 150,
      align: 'right',
      render: (_, row) => {
        const due = row.certificates.filter((c) => c.state !== 'VALID').length;
        return due > 0 ? <Tag color="orange">{due}</Tag> : 0;
      },
    },
  ];

  return (
    <Table<FileRow>
      rowKey={(row) => row.manager.id}
      size="small"
      data-testid="overview-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 1000 }}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.overview.empty')} />
        ),
      }}
      onRow={(row) =>
        ({
          onClick: () => open(row),
          style: { cursor: 'pointer' },
          'data-testid': 'overview-row',
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
