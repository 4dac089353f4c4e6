import type { HTMLAttributes } from 'react';
import { Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ExpiringCertificatesQuery } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format';
import { CertificateStateTag } from './TrainingTags';

type CertificateRow = ExpiringCertificatesQuery['expiringCertificates'][number];

export function CertificatesTable({
  rows,
  loading,
}: {
  rows: readonly CertificateRow[];
  loading: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: ColumnsType<CertificateRow> = [
    {
      title: t('training.fields.manager'),
      key: 'manager',
      render: (_, row) => `${row.manager.name} (${row.manager.employeeNo})`,
    },
    {
      title: t('training.fields.branch'),
      key: 'branch',
      render: (_, row) => row.manager.branch.name,
    },
    {
      title: t('training.fields.activity'),
      key: 'activity',
      render: (_, row) => `${row.activity.code} — ${row.activity.title}`,
    },
    {
      title: t('training.fields.completedOn'),
      dataIndex: 'completedOn',
      width: 120,
      render: (date: string) => formatDate(date),
    },
    {
      title: t('training.fields.expiresOn'),
      dataIndex: 'expiresOn',
      width: 120,
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.expiresOn.localeCompare(b.expiresOn),
      render: (date: string) => formatDate(date),
    },
    {
      title: t('training.fields.state'),
      dataIndex: 'state',
      width: 120,
      render: (state: CertificateRow['state']) => <CertificateStateTag state={state} />,
    },
  ];
  return (
    <Table<CertificateRow>
      rowKey={(row) => `${row.manager.id}:${row.activity.id}:${row.completedOn}`}
      size="small"
      data-testid="certificates-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 900 }}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('training.certificates.empty')}
          />
        ),
      }}
      onRow={(row) =>
        ({
          onClick: () => void navigate(`/training/files/${row.manager.id}`),
          style: { cursor: 'pointer' },
          'data-testid': 'certificate-row',
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
