import { Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { ProductType } from '../../../gql/graphql';
import { formatDate, formatMoney } from '../../../shared/format';
import type { ClientDetail } from './ClientProfile';

type ProductRow = ClientDetail['products'][number];

const colors: Record<ProductType, string> = {
  DEPOSIT: 'green',
  LOAN: 'volcano',
  WEALTH: 'gold',
  CARD: 'blue',
  INSURANCE: 'purple',
};

export function ProductsTable({ products }: { products: readonly ProductRow[] }) {
  const { t, i18n } = useTranslation();
  const columns: ColumnsType<ProductRow> = [
    {
      title: t('client.products.type'),
      dataIndex: 'productType',
      width: 150,
      render: (type: ProductType) => <Tag color={colors[type]}>{t(`clients.product.${type}`)}</Tag>,
    },
    { title: t('client.products.name'), dataIndex: 'productName' },
    { title: t('client.products.accountNo'), dataIndex: 'accountNo' },
    {
      title: t('client.products.openedOn'),
      dataIndex: 'openedOn',
      render: (d: string) => formatDate(d),
      width: 120,
    },
    {
      title: t('client.products.balance'),
      dataIndex: 'balance',
      align: 'right',
      render: (amount: string) => formatMoney(amount, i18n.language),
    },
    {
      title: t('client.products.status'),
      dataIndex: 'status',
      width: 110,
      render: (status: string) => t(`client.products.statuses.${status}`, { defaultValue: status }),
    },
  ];
  return (
    <Card title={t('client.products.title')} size="small" data-testid="client-products">
      <Table<ProductRow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={products}
        pagination={false}
        locale={{ emptyText: t('client.products.empty') }}
      />
    </Card>
  );
}
