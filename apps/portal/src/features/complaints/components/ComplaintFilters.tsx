import { Button, Checkbox, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_STATUSES } from '@corebook/domain';
import type { ClockStanding } from '../../../gql/graphql';
import { BranchSelect } from '../../../shared/components/BranchSelect';
import {
  STANDING_FILTERS,
  isFiltered,
  type ComplaintListParams,
  type StatusChoice,
} from '../hooks/complaintListParams';

interface ComplaintFiltersProps {
  params: ComplaintListParams;
  /** Admin's branch picker; absent for a branch head or an RM. */
  branches?: readonly { id: number; name: string; code?: string }[];
  onChange(patch: Partial<ComplaintListParams>): void;
}

/** The default list again: open complaints in scope. */
export const NO_COMPLAINT_FILTERS: Partial<ComplaintListParams> = {
  status: 'OPEN',
  standing: undefined,
  mine: false,
  branchId: undefined,
  from: undefined,
  to: undefined,
};

export function ComplaintFilters({ params, branches, onChange }: ComplaintFiltersProps) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select<StatusChoice>
        value={params.status}
        onChange={(status) => onChange({ status })}
        style={{ width: 170 }}
        data-testid="complaints-status"
        options={[
          { value: 'OPEN', label: t('complaints.list.open') },
          { value: 'ALL', label: t('complaints.list.allStatuses') },
          ...COMPLAINT_STATUSES.map((status) => ({
            value: status,
            label: t(`complaint.status.${status}`),
          })),
        ]}
      />
      <Select<ClockStanding>
        allowClear
        placeholder={t('complaints.fields.standing')}
        value={params.standing}
        onChange={(standing) => onChange({ standing })}
        style={{ width: 150 }}
        data-testid="complaints-standing"
        options={STANDING_FILTERS.map((standing) => ({
          value: standing,
          label: t(`complaint.standing.${standing}`),
        }))}
      />
      {branches && (
        <BranchSelect
          allowClear
          branches={branches}
          value={params.branchId}
          onChange={(branchId) => onChange({ branchId })}
        />
      )}
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={[t('complaints.list.receivedFrom'), t('complaints.list.receivedTo')]}
        value={[params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]}
        onChange={(dates) =>
          onChange({
            from: dates?.[0]?.format('YYYY-MM-DD'),
            to: dates?.[1]?.format('YYYY-MM-DD'),
          })
        }
        style={{ width: 300 }}
        data-testid="complaints-received"
      />
      <Checkbox
        checked={params.mine}
        onChange={(e) => onChange({ mine: e.target.checked })}
        data-testid="complaints-mine"
      >
        {t('complaints.list.handledByMe')}
      </Checkbox>
      {isFiltered(params) && (
        <Button type="link" onClick={() => onChange(NO_COMPLAINT_FILTERS)}>
          {t('complaints.list.clearFilters')}
        </Button>
      )}
    </Space>
  );
}
