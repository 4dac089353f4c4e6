import { useState } from 'react';
import { Form, Input, Typography } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { useTranslation } from 'react-i18next';
import { useVoidTrainingRecord } from '../hooks/useTrainingRecords';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import type { RecordRow } from './RecordsTable';

interface VoidRecordModalProps {
  record: RecordRow;
  onClose(): void;
  onSaved(): void;
}

/** Voiding keeps the record in the history; it stops counting, and the reason is kept. */
export function VoidRecordModal({ record, onClose, onSaved }: VoidRecordModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [voidRecord, { loading }] = useVoidTrainingRecord();
  const [error, setError] = useState<unknown>(null);

  const save = async ({ reason }: { reason: string }) => {
    setError(null);
    try {
      await voidRecord({
        variables: { id: record.id, version: record.version, reason: reason.trim() },
      });
      onSaved();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <FormModal
      title={t('training.records.voidTitle')}
      okText={t('training.records.void')}
      danger
      okTestId="void-save"
      loading={loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert error={error} onReload={onClose} />
      {record && (
        <Typography.Paragraph>
          {t('training.records.voidExplain', {
            activity: `${record.activity.code} — ${record.activity.title}`,
            date: record.completedOn,
            points: record.pointsAwarded,
          })}
        </Typography.Paragraph>
      )}
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        data-testid="void-form"
      >
        <Form.Item
          name="reason"
          label={t('training.records.voidReason')}
          rules={[{ required: true, whitespace: true, message: t('training.validation.reason') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="void-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
