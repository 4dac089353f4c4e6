import { Col, Empty, Row, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { auditDetailText, wallClockIn } from '@corebook/domain';
import { useTranslation } from 'react-i18next';
import type { AuditLogQuery, AuditOutcome } from '../../../gql/graphql';
import { currentLanguage } from '../../../app/i18n';
import { useAuditWords } from './useAuditWords';

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

interface AuditTableProps {
  rows: readonly AuditRow[];
  loading: boolean;
  /** Where times are read: the bank's zone, named in the column's title. */
  timeZone: string;
}

export function AuditTable({ rows, loading, timeZone }: AuditTableProps) {
  const { t } = useTranslation();
  const words = useAuditWords();
  const columns: ColumnsType<AuditRow> = [
    {
      title: <span data-testid="audit-time-header">{t('audit.timeIn', { zone: timeZone })}</span>,
      dataIndex: 'at',
      width: 190,
      render: (at: string) => wallClockIn(timeZone, new Date(at)),
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
    {
      title: t('audit.fields.operation'),
      dataIndex: 'operation',
      // The recorded name on hover, for those who search the API's logs by it.
      render: (operation: string) => (
        <span title={operation} data-testid="audit-operation">
          {words.operation(operation)}
        </span>
      ),
    },
    {
      title: t('audit.columns.entity'),
      key: 'entity',
      render: (_, row) => {
        const type = words.entityType(row.entityType);
        return row.entityId ? `${type} #${row.entityId}` : type;
      },
    },
    {
      title: t('audit.fields.outcome'),
      dataIndex: 'outcome',
      width: 100,
      render: (outcome: AuditOutcome) => (
        <Tag color={outcomeColors[outcome]}>{t(`audit.outcome.${outcome}`)}</Tag>
      ),
    },
    {
      title: t('audit.fields.detail'),
      key: 'detail',
      ellipsis: true,
      render: (_, row) => (
        <span data-testid="audit-detail">{auditDetailText(currentLanguage(), row)}</span>
      ),
    },
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
