import { Card, Descriptions, Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from './ClientProfile';

const STATUS_COLORS: Record<string, string> = {
  ACTIVE: 'green',
  PROBATION: 'orange',
  LEFT: 'default',
};

function ManagerStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  // The schema types status as a string (ACTIVE, PROBATION, LEFT); show unknown ones as sent.
  const known = status === 'ACTIVE' || status === 'PROBATION' || status === 'LEFT';
  return (
    <Tag color={STATUS_COLORS[status]}>
      {known ? t(`client.manager.statuses.${status}`) : status}
    </Tag>
  );
}

export function ManagerCard({ manager }: { manager: ClientDetail['manager'] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('client.manager.title')} size="small" data-testid="client-manager">
      {manager ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: t('client.manager.name'), children: manager.name },
            {
              key: 'employeeNo',
              label: t('client.manager.employeeNo'),
              children: manager.employeeNo,
            },
            { key: 'grade', label: t('client.manager.grade'), children: manager.grade },
            { key: 'branch', label: t('client.manager.branch'), children: manager.branch.name },
            {
              key: 'status',
              label: t('client.manager.status'),
              children: <ManagerStatus status={manager.status} />,
            },
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('client.manager.none')} />
      )}
    </Card>
  );
}
