import { useState } from 'react';
import { Descriptions, Form, Input } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCorrectTrainingRecord } from '../hooks/useTrainingRecords';
import { correctionOf, passedChoice, type CorrectionValues } from '../hooks/completion';
import { CompletionFields } from './CompletionFields';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import type { RecordRow } from './RecordsTable';

interface CorrectRecordModalProps {
  record: RecordRow;
  onClose(): void;
  onSaved(): void;
}

export function CorrectRecordModal({ record, onClose, onSaved }: CorrectRecordModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CorrectionValues>();
  const [correct, { loading }] = useCorrectTrainingRecord();
  const [error, setError] = useState<unknown>(null);

  const initialValues: CorrectionValues = {
    completedOn: dayjs(record.completedOn),
    hours: record.hours,
    score: record.score ?? undefined,
    passed: passedChoice(record.passed),
    pointsAwarded: record.pointsAwarded,
    pointsOverrideReason: record.pointsOverrideReason ?? undefined,
    evidence: record.evidence ?? undefined,
    reason: '',
  };

  const save = async (values: CorrectionValues) => {
    setError(null);
    try {
      await correct({
        variables: {
          id: record.id,
          version: record.version,
          correction: correctionOf(record, values),
        },
      });
      onSaved();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <FormModal
      title={t('training.records.correctTitle')}
      okTestId="correct-save"
      width={720}
      loading={loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert error={error} onReload={onClose} />
      {record && (
        <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
          {record.manager && (
            <Descriptions.Item label={t('training.fields.manager')}>
              {record.manager.name} ({record.manager.employeeNo})
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('training.fields.activity')}>
            {record.activity.code} — {record.activity.title}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Form<CorrectionValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void save(values)}
        data-testid="correct-form"
      >
        <CompletionFields
          activity={
            record && {
              points: record.activity.points,
              startsOn: record.activity.startsOn,
              endsOn: record.activity.endsOn,
            }
          }
        />
        <Form.Item
          name="reason"
          label={t('training.records.correctionReason')}
          rules={[{ required: true, whitespace: true, message: t('training.validation.reason') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="correct-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
