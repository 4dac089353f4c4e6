import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientQuery } from '../../../gql/graphql';
import { formatDate, formatMoney } from '../../../shared/format';

export type ClientDetail = ClientQuery['client'];

// Numbers and ids never break mid-number.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export function ClientProfile({ client }: { client: ClientDetail }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  return (
    <Card title={t('client.profile')} size="small" data-testid="client-profile">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xxl: 3 }}
        items={[
          {
            key: 'clientNo',
            label: t('client.fields.clientNo'),
            children: <span style={NO_WRAP}>{client.clientNo}</span>,
          },
          { key: 'name', label: t('client.fields.name'), children: client.name },
          {
            key: 'kind',
            label: t('client.fields.kind'),
            children: (
              <Tag color={client.kind === 'CORPORATE' ? 'geekblue' : 'default'}>
                {t(`clients.kind.${client.kind}`)}
              </Tag>
            ),
          },
          { key: 'branch', label: t('client.fields.branch'), children: client.branch.name },
          { key: 'region', label: t('client.fields.region'), children: client.branch.region.name },
          {
            key: 'openedOn',
            label: t('client.fields.openedOn'),
            children: formatDate(client.openedOn),
          },
          {
            key: 'contribution12m',
            label: t('client.fields.contribution12m'),
            children: (
              <strong style={NO_WRAP} data-testid="client-contribution">
                ¥ {formatMoney(client.contribution12m, i18n.language)}
              </strong>
            ),
          },
          {
            key: 'aum',
            label: t('client.fields.aum'),
            children: <span style={NO_WRAP}>¥ {formatMoney(client.aum, i18n.language)}</span>,
          },
          {
            key: 'lastActivity',
            label: t('client.fields.lastActivity'),
            children: formatDate(client.lastActivityOn),
          },
          { key: 'riskRating', label: t('client.fields.riskRating'), children: client.riskRating },
          { key: 'phone', label: t('client.fields.phone'), children: client.phone ?? none },
          { key: 'email', label: t('client.fields.email'), children: client.email ?? none },
          {
            key: 'address',
            label: t('client.fields.address'),
            children: client.address ?? none,
            span: 'filled',
          },
        ]}
      />
    </Card>
  );
}
