import type { HTMLAttributes } from 'react';
import { Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TrainingRecordFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format';
import { ActivityCell } from './ActivityCell';

export type RecordRow = TrainingRecordFieldsFragment & {
  manager?: { id: number; employeeNo: string; name: string; branch: { name: string } };
};

interface RecordsTableProps {
  rows: readonly RecordRow[];
  loading: boolean;
  /** The records grid shows whose record it is; a training file does not need to. */
  showManager?: boolean;
  /** Year to open an RM's training file at. */
  fileYear?: number;
  emptyText: string;
  onCorrect?(record: RecordRow): void;
  onVoid?(record: RecordRow): void;
}

/** Training records; voided rows stay visible, greyed, with the reason they were voided. */
export function RecordsTable({
  rows,
  loading,
  showManager,
  fileYear,
  emptyText,
  onCorrect,
  onVoid,
}: RecordsTableProps) {
  const { t } = useTranslation();
  const yesNo = (value: boolean | null) =>
    value === null ? t('common.none') : value ? t('training.yes') : t('training.no');

  const columns: ColumnsType<RecordRow> = [
    ...(showManager
      ? ([
          {
            title: t('training.fields.manager'),
            key: 'manager',
            width: 150,
            render: (_, row) =>
              row.manager && (
                <Space orientation="vertical" size={0}>
                  <Link
                    to={`/training/files/${row.manager.id}${fileYear ? `?year=${fileYear}` : ''}`}
                    data-testid="record-manager-link"
                  >
                    {row.manager.name}
                  </Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.manager.employeeNo} · {row.manager.branch.name}
                  </Typography.Text>
                </Space>
              ),
          },
        ] satisfies ColumnsType<RecordRow>)
      : []),
    {
      title: t('training.fields.activity'),
      key: 'activity',
      width: 240,
      render: (_, row) => <ActivityCell activity={row.activity} />,
    },
    {
      title: t('training.fields.completedOn'),
      dataIndex: 'completedOn',
      width: 100,
      render: (date: string) => formatDate(date),
    },
    { title: t('training.fields.hours'), dataIndex: 'hours', width: 60, align: 'right' },
    {
      title: t('training.fields.score'),
      dataIndex: 'score',
      width: 60,
      align: 'right',
      render: (score: string | null) => score ?? t('common.none'),
    },
    {
      title: t('training.fields.passed'),
      dataIndex: 'passed',
      width: 70,
      render: (passed: boolean | null) => yesNo(passed),
    },
    {
      title: t('training.fields.pointsAwarded'),
      dataIndex: 'pointsAwarded',
      width: 70,
      align: 'right',
      render: (points: string, row) =>
        row.pointsOverrideReason ? (
          <Tooltip title={t('training.records.overridden', { reason: row.pointsOverrideReason })}>
            <Typography.Text underline data-testid="record-points">
              {points}*
            </Typography.Text>
          </Tooltip>
        ) : (
          <span data-testid="record-points">{points}</span>
        ),
    },
    {
      // The status, then where the record came from (or why it was voided) beneath it.
      title: t('training.fields.status'),
      key: 'status',
      width: 120,
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          {row.status === 'VOIDED' ? (
            <Tag data-testid="record-voided">{t('training.statuses.VOIDED')}</Tag>
          ) : (
            <Tag color="green">{t('training.statuses.ACTIVE')}</Tag>
          )}
          <Typography.Text
            type="secondary"
            style={{ fontSize: 12, maxWidth: 104 }}
            ellipsis={{ tooltip: row.voidReason }}
            data-testid="record-source"
          >
            {row.status === 'VOIDED'
              ? row.voidReason
              : row.source === 'IMPORT' || row.source === 'MANUAL'
                ? t(`training.sources.${row.source}`)
                : row.source}
          </Typography.Text>
        </Space>
      ),
    },
    ...(onCorrect || onVoid
      ? ([
          {
            key: 'actions',
            width: 90,
            fixed: 'right',
            render: (_, row) =>
              row.status === 'ACTIVE' && (
                <Space orientation="vertical" size={0} align="start">
                  {onCorrect && (
                    <Button
                      type="link"
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => onCorrect(row)}
                      data-testid="record-correct"
                    >
                      {t('training.records.correct')}
                    </Button>
                  )}
                  {onVoid && (
                    <Button
                      type="link"
                      size="small"
                      danger
                      icon={<StopOutlined />}
                      onClick={() => onVoid(row)}
                      data-testid="record-void"
                    >
                      {t('training.records.void')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ] satisfies ColumnsType<RecordRow>)
      : []),
  ];

  return (
    <Table<RecordRow>
      rowKey="id"
      size="small"
      data-testid="records-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />,
      }}
      onRow={(row) =>
        ({
          'data-testid': 'record-row',
          'data-status': row.status,
          // Voided records keep their place in the history but read as no longer counting.
          style: row.status === 'VOIDED' ? { opacity: 0.55 } : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
