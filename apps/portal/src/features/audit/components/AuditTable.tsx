import { Col, Empty, Row, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditLogQuery, AuditOutcome } from '../../../gql/graphql';

type AuditRow = AuditLogQuery['auditLog']['edges'][number]['node'];

const outcomeColors: Record<AuditOutcome, string> = {
  OK: 'green',
  REFUSED: 'orange',
  FAILED: 'red',
};

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      {value === null || value === undefined ? (
        <Typography.Paragraph type="secondary">{t('audit.noData')}</Typography.Paragraph>
      ) : (
        <pre
          style={{
            fontSize: 12,
            background: '#fafafa',
            padding: 8,
            margin: '4px 0 0',
            maxHeight: 320,
            overflow: 'auto',
          }}
        >
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </>
  );
}

export function AuditTable({ rows, loading }: { rows: readonly AuditRow[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: ColumnsType<AuditRow> = [
    {
      title: t('audit.fields.at'),
      dataIndex: 'at',
      width: 170,
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
    },
    {
      title: t('audit.fields.actor'),
      key: 'actor',
      width: 140,
      render: (_, row) =>
        row.actorUsername ?? (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    { title: t('audit.fields.operation'), dataIndex: 'operation' },
    {
      title: t('audit.columns.entity'),
      key: 'entity',
      render: (_, row) => (row.entityId ? `${row.entityType} #${row.entityId}` : row.entityType),
    },
    {
      title: t('audit.fields.outcome'),
      dataIndex: 'outcome',
      width: 100,
      render: (outcome: AuditOutcome) => (
        <Tag color={outcomeColors[outcome]}>{t(`audit.outcome.${outcome}`)}</Tag>
      ),
    },
    { title: t('audit.fields.detail'), dataIndex: 'detail', ellipsis: true },
    {
      title: t('audit.fields.requestId'),
      dataIndex: 'requestId',
      width: 150,
      ellipsis: true,
      render: (id: string | null) => (id ? <Typography.Text code>{id}</Typography.Text> : null),
    },
  ];

  return (
    <Table<AuditRow>
      rowKey="id"
      size="small"
      data-testid="audit-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} />,
      }}
      expandable={{
        expandedRowRender: (row) => (
          <Row gutter={16}>
            <Col span={12}>
              <JsonBlock title={t('audit.fields.before')} value={row.before} />
            </Col>
            <Col span={12}>
              <JsonBlock title={t('audit.fields.after')} value={row.after} />
            </Col>
          </Row>
        ),
      }}
    />
  );
}
