import { Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { VALUE_TIERS } from '@corebook/domain';
import { useTranslation } from 'react-i18next';
import type { CycleSettingsFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format';

type Version = CycleSettingsFieldsFragment;

/** Every version of the contact cycles, newest first, each with the day it took effect. */
export function CycleSettingsHistory({
  versions,
  loading,
}: {
  versions: readonly Version[];
  loading: boolean;
}) {
  const { t } = useTranslation();
  const days = (n: number) => t('servicing.cycle.days', { count: n });
  const columns: ColumnsType<Version> = [
    { title: t('servicing.settings.history.version'), dataIndex: 'version', width: 80 },
    {
      title: t('servicing.settings.history.effectiveOn'),
      dataIndex: 'effectiveOn',
      width: 120,
      render: (date: string) => formatDate(date),
    },
    ...VALUE_TIERS.map((tier): ColumnsType<Version>[number] => ({
      title: t(`segments.tier.${tier}`),
      key: tier,
      width: 90,
      align: 'right',
      render: (_, row) => days(row.cycleDays[tier]),
    })),
    {
      title: t('servicing.settings.fields.countingTypes'),
      dataIndex: 'countingTypes',
      render: (types: Version['countingTypes']) => (
        <Space size={[0, 4]} wrap>
          {types.map((type) => (
            <Tag key={type}>{t(`contact.type.${type}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('servicing.settings.fields.graceDays'),
      dataIndex: 'graceDays',
      width: 110,
      align: 'right',
      render: days,
    },
    {
      title: t('servicing.settings.fields.editWindowDays'),
      dataIndex: 'editWindowDays',
      width: 110,
      align: 'right',
      render: days,
    },
  ];
  return (
    <Table<Version>
      rowKey="version"
      size="small"
      data-testid="cycle-settings-history"
      columns={columns}
      dataSource={versions}
      loading={loading}
      pagination={false}
    />
  );
}
