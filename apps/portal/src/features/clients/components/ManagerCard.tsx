import { Card, Descriptions, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { ManagerStatusTag } from '../../../shared/components/ManagerStatusTag';
import type { ClientDetail } from './ClientProfile';

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
            {
              key: 'grade',
              label: t('client.manager.grade'),
              children: t(`training.grades.${manager.grade}`, { defaultValue: manager.grade }),
            },
            { key: 'branch', label: t('client.manager.branch'), children: manager.branch.name },
            {
              key: 'status',
              label: t('client.manager.status'),
              children: <ManagerStatusTag status={manager.status} />,
            },
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('client.manager.none')} />
      )}
    </Card>
  );
}
