import { useState } from 'react';
import { Form, Select } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { useTranslation } from 'react-i18next';
import { useRecordTraining } from '../hooks/useTrainingRecords';
import { useTrainingActivities } from '../hooks/useTrainingActivities';
import { passedValue, samePoints, type CompletionValues } from '../hooks/completion';
import { CompletionFields } from './CompletionFields';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';

interface RecordValues extends CompletionValues {
  managerId: number;
  activityId: number;
}

/** Mounted while open (the page renders it conditionally), so every opening starts clean. */
interface RecordFormModalProps {
  managers: readonly { id: number; name: string; employeeNo: string }[];
  /** Preselects the RM filtered in the grid. */
  managerId?: number;
  onClose(): void;
  onSaved(): void;
}

/** HR adds a completion to an RM's training file by hand. */
export function RecordFormModal({ managers, managerId, onClose, onSaved }: RecordFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RecordValues>();
  const [record, { loading }] = useRecordTraining();
  const [error, setError] = useState<unknown>(null);
  const { activities = [], loading: activitiesLoading } = useTrainingActivities({});
  const activityId = Form.useWatch('activityId', form);
  const activity = activities.find((a) => a.id === activityId);

  const save = async (values: RecordValues) => {
    setError(null);
    const points = values.pointsAwarded?.trim();
    const overridden = Boolean(points && activity && !samePoints(points, activity.points));
    try {
      await record({
        variables: {
          input: {
            managerId: values.managerId,
            activityId: values.activityId,
            completedOn: values.completedOn?.format('YYYY-MM-DD') ?? '',
            hours: values.hours?.trim() ?? '',
            score: values.score?.trim() || null,
            passed: passedValue(values.passed),
            pointsAwarded: points || null,
            pointsOverrideReason: overridden ? values.pointsOverrideReason?.trim() : null,
            evidence: values.evidence?.trim() || null,
          },
        },
      });
      onSaved();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <FormModal
      title={t('training.records.addTitle')}
      okTestId="record-save"
      width={720}
      loading={loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert error={error} />
      <Form<RecordValues>
        form={form}
        layout="vertical"
        initialValues={{ managerId }}
        onFinish={(values) => void save(values)}
        data-testid="record-form"
      >
        <Form.Item
          name="managerId"
          label={t('training.fields.manager')}
          rules={[{ required: true, message: t('training.validation.required') }]}
        >
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="record-manager"
            options={managers.map((m) => ({ value: m.id, label: `${m.name} (${m.employeeNo})` }))}
          />
        </Form.Item>
        <Form.Item
          name="activityId"
          label={t('training.fields.activity')}
          rules={[{ required: true, message: t('training.validation.required') }]}
        >
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            loading={activitiesLoading}
            data-testid="record-activity"
            onChange={() => form.setFieldsValue({ completedOn: undefined })}
            options={activities.map((a) => ({
              value: a.id,
              label: `${a.code} — ${a.title} (${a.startsOn} – ${a.endsOn})`,
            }))}
          />
        </Form.Item>
        <CompletionFields activity={activity} />
      </Form>
    </FormModal>
  );
}
