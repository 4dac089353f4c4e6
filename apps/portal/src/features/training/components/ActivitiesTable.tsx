import { Button, Empty, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { TrainingActivityFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format';
import { isGrade } from '../hooks/trainingOptions';
import { TrainingTypeTag } from './TrainingTags';

interface ActivitiesTableProps {
  rows: readonly TrainingActivityFieldsFragment[];
  loading: boolean;
  onEdit(activity: TrainingActivityFieldsFragment): void;
}

export function ActivitiesTable({ rows, loading, onEdit }: ActivitiesTableProps) {
  const { t } = useTranslation();
  const columns: ColumnsType<TrainingActivityFieldsFragment> = [
    { title: t('training.fields.code'), dataIndex: 'code', width: 100 },
    {
      title: t('training.fields.title'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <>
          {title}
          {!row.active && (
            <Tag style={{ marginLeft: 8 }} data-testid="activity-inactive">
              {t('training.catalogue.inactive')}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: t('training.fields.type'),
      dataIndex: 'type',
      width: 110,
      render: (type: TrainingActivityFieldsFragment['type']) => <TrainingTypeTag type={type} />,
    },
    { title: t('training.fields.provider'), dataIndex: 'provider', width: 150 },
    {
      title: t('training.fields.dates'),
      key: 'dates',
      width: 110,
      render: (_, row) => (
        <>
          {formatDate(row.startsOn)} –<br />
          {formatDate(row.endsOn)}
        </>
      ),
    },
    { title: t('training.fields.points'), dataIndex: 'points', width: 60, align: 'right' },
    {
      title: t('training.fields.mandatory'),
      key: 'mandatory',
      width: 120,
      render: (_, row) =>
        row.mandatory ? (
          <Tag color="red" style={{ whiteSpace: 'normal' }}>
            {row.mandatoryGrades.length === 0
              ? t('training.catalogue.mandatoryAll')
              : row.mandatoryGrades
                  .map((grade) => (isGrade(grade) ? t(`training.grades.${grade}`) : grade))
                  .join(', ')}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('training.no')}</Typography.Text>
        ),
    },
    {
      title: t('training.fields.validityMonths'),
      dataIndex: 'validityMonths',
      width: 90,
      align: 'right',
      render: (months: number | null) => months ?? t('common.none'),
    },
    {
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, row) => (
        <Button
          type="link"
          icon={<EditOutlined />}
          onClick={() => onEdit(row)}
          data-testid="activity-edit"
        >
          {t('training.edit')}
        </Button>
      ),
    },
  ];
  return (
    <Table<TrainingActivityFieldsFragment>
      rowKey="id"
      size="small"
      data-testid="activities-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
      scroll={{ x: 1000 }}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.catalogue.empty')} />
        ),
      }}
    />
  );
}
