import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_LIMITS } from '@corebook/domain';
import { useBankToday } from '../../../shared/useBankToday';
import { useActionForm } from '../hooks/useActionForm';
import { useExtendComplaint } from '../hooks/useComplaintTransition';
import { ActionModal } from './ActionModal';
import type { ActionModalBaseProps } from './SimpleActionModals';

interface Values {
  reason: string;
  clientInformedOn: Dayjs;
}

/**
 * The branch head approves the one further extension of an especially complex case: why,
 * and the day the client was told (on or after the clock started, not after today).
 */
export function ExtendComplaintModal({
  complaint,
  onClose,
  onReload,
}: ActionModalBaseProps & { complaint: { clockStartedOn: string } }) {
  const { t } = useTranslation();
  const today = useBankToday().day;
  const started = dayjs(complaint.clockStartedOn);
  const [extend, { loading }] = useExtendComplaint();
  const { form, error, fieldLabel, run } = useActionForm<Values>('EXTEND', onClose);
  const required = { required: true, message: t('complaints.validation.required') };
  return (
    <ActionModal<Values>
      action="EXTEND"
      form={form}
      error={error}
      fieldLabel={fieldLabel}
      loading={loading}
      onFinish={(values) =>
        run(() =>
          extend({
            variables: {
              id: complaint.id,
              version: complaint.version,
              input: {
                reason: values.reason.trim(),
                clientInformedOn: values.clientInformedOn.format('YYYY-MM-DD'),
              },
            },
          }),
        )
      }
      onClose={onClose}
      onReload={onReload}
    >
      <Form.Item
        name="reason"
        label={t('complaints.fields.reason')}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={COMPLAINT_LIMITS.note}
          showCount
          data-testid="complaint-extend-reason"
        />
      </Form.Item>
      <Form.Item
        name="clientInformedOn"
        label={t('complaints.fields.clientInformedOn')}
        initialValue={today}
        rules={[required]}
      >
        <DatePicker
          disabledDate={(day) => day.isBefore(started, 'day') || day.isAfter(today, 'day')}
          data-testid="complaint-extend-informed"
        />
      </Form.Item>
    </ActionModal>
  );
}
