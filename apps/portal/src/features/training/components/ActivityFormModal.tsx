import { useState } from 'react';
import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../../app/errors';
import type {
  TrainingActivityFieldsFragment,
  TrainingActivityInput,
  TrainingType,
} from '../../../gql/graphql';
import {
  GRADES,
  POINTS_PATTERN,
  TRAINING_TYPES,
  isGrade,
  type Grade,
} from '../hooks/trainingOptions';
import {
  useCreateTrainingActivity,
  useUpdateTrainingActivity,
} from '../hooks/useTrainingActivities';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useRangeRule } from '../../../shared/rangeRule';

interface ActivityValues {
  code: string;
  type: TrainingType;
  title: string;
  provider: string;
  period: [Dayjs, Dayjs];
  points: string;
  active: boolean;
  mandatory: boolean;
  mandatoryGrades: Grade[];
  validityMonths?: number | null;
}

// The API names fields by their input names; the form groups the dates in one picker.
const FORM_FIELD: Record<string, keyof ActivityValues> = {
  code: 'code',
  type: 'type',
  title: 'title',
  provider: 'provider',
  startsOn: 'period',
  endsOn: 'period',
  points: 'points',
  mandatoryGrades: 'mandatoryGrades',
  validityMonths: 'validityMonths',
};

function initialValues(
  activity: TrainingActivityFieldsFragment | undefined,
): Partial<ActivityValues> {
  if (!activity) return { active: true, mandatory: false, mandatoryGrades: [] };
  return {
    code: activity.code,
    type: activity.type,
    title: activity.title,
    provider: activity.provider,
    period: [dayjs(activity.startsOn), dayjs(activity.endsOn)],
    points: activity.points,
    active: activity.active,
    mandatory: activity.mandatory,
    mandatoryGrades: activity.mandatoryGrades.filter(isGrade),
    validityMonths: activity.validityMonths,
  };
}

function toInput(values: ActivityValues): TrainingActivityInput {
  const certification = values.type === 'CERTIFICATION';
  return {
    code: values.code.trim(),
    type: values.type,
    title: values.title.trim(),
    provider: values.provider.trim(),
    startsOn: values.period[0].format('YYYY-MM-DD'),
    endsOn: values.period[1].format('YYYY-MM-DD'),
    points: values.points.trim(),
    active: values.active,
    mandatory: values.mandatory,
    mandatoryGrades: values.mandatory ? values.mandatoryGrades : [],
    validityMonths: certification ? (values.validityMonths ?? null) : null,
  };
}

/** Mounted while open (the page renders it conditionally), so every opening starts clean. */
interface ActivityFormModalProps {
  /** The activity to edit; undefined adds a new one. */
  activity?: TrainingActivityFieldsFragment;
  onClose(): void;
  onSaved(activity: TrainingActivityFieldsFragment): void;
  onReload(): void;
}

export function ActivityFormModal({
  activity,
  onClose,
  onSaved,
  onReload,
}: ActivityFormModalProps) {
  const { t } = useTranslation();
  const range = useRangeRule();
  const [form] = Form.useForm<ActivityValues>();
  const [create, created] = useCreateTrainingActivity();
  const [update, updated] = useUpdateTrainingActivity();
  const [error, setError] = useState<unknown>(null);
  const type = Form.useWatch('type', form);
  const mandatory = Form.useWatch('mandatory', form);

  const save = async (values: ActivityValues) => {
    setError(null);
    const input = toInput(values);
    try {
      const saved = activity
        ? (await update({ variables: { id: activity.id, version: activity.version, input } })).data
            ?.updateTrainingActivity
        : (await create({ variables: { input } })).data?.createTrainingActivity;
      if (saved) onSaved(saved);
    } catch (failure) {
      const apiError = readApiError(failure);
      const field = apiError.field ? FORM_FIELD[apiError.field] : undefined;
      if (apiError.code === 'BAD_USER_INPUT' && field) {
        form.setFields([{ name: field, errors: [t('training.checkField')] }]);
      }
      setError(failure);
    }
  };

  return (
    <FormModal
      title={activity ? t('training.catalogue.editTitle') : t('training.catalogue.addTitle')}
      okTestId="activity-save"
      width={640}
      loading={created.loading || updated.loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert
        error={error}
        onReload={() => {
          onReload();
          onClose();
        }}
      />
      <Form<ActivityValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(activity)}
        onFinish={(values) => void save(values)}
        data-testid="activity-form"
      >
        <Form.Item
          name="code"
          label={t('training.fields.code')}
          rules={[
            { required: true, whitespace: true, message: t('training.validation.required') },
            { max: 40, message: t('training.validation.maxLength', { max: 40 }) },
            { pattern: /^[\w.-]+$/, message: t('training.validation.code') },
          ]}
        >
          <Input data-testid="activity-code" />
        </Form.Item>
        <Form.Item
          name="type"
          label={t('training.fields.type')}
          rules={[{ required: true, message: t('training.validation.required') }]}
        >
          <Select<TrainingType>
            data-testid="activity-type"
            options={TRAINING_TYPES.map((value) => ({
              value,
              label: t(`training.types.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('training.fields.title')}
          rules={[
            { required: true, whitespace: true, message: t('training.validation.required') },
            { max: 200, message: t('training.validation.maxLength', { max: 200 }) },
          ]}
        >
          <Input data-testid="activity-title" />
        </Form.Item>
        <Form.Item
          name="provider"
          label={t('training.fields.provider')}
          rules={[
            { required: true, whitespace: true, message: t('training.validation.required') },
            { max: 200, message: t('training.validation.maxLength', { max: 200 }) },
          ]}
        >
          <Input data-testid="activity-provider" />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('training.fields.dates')}
          rules={[{ required: true, message: t('training.validation.required') }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="activity-period" />
        </Form.Item>
        <Form.Item
          name="points"
          label={t('training.fields.points')}
          extra={t('training.catalogue.pointsHelp')}
          rules={[
            { required: true, whitespace: true, message: t('training.validation.required') },
            { pattern: POINTS_PATTERN, message: t('training.validation.points') },
            {
              validator: (_, value: string | undefined) =>
                value && Number(value) > 1000
                  ? Promise.reject(new Error(t('training.validation.points')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input inputMode="decimal" style={{ width: 160 }} data-testid="activity-points" />
        </Form.Item>
        {type === 'CERTIFICATION' && (
          <Form.Item
            name="validityMonths"
            label={t('training.fields.validityMonths')}
            rules={[
              { required: true, message: t('training.validation.validityMonths') },
              range(t('training.fields.validityMonths'), 1, 120, true),
            ]}
          >
            <InputNumber data-testid="activity-validity" />
          </Form.Item>
        )}
        <Form.Item name="mandatory" label={t('training.fields.mandatory')} valuePropName="checked">
          <Switch data-testid="activity-mandatory" />
        </Form.Item>
        {mandatory && (
          <Form.Item
            name="mandatoryGrades"
            label={t('training.fields.mandatoryGrades')}
            extra={t('training.catalogue.gradesHelp')}
          >
            <Select<Grade[]>
              mode="multiple"
              allowClear
              data-testid="activity-grades"
              options={GRADES.map((grade) => ({
                value: grade,
                label: t(`training.grades.${grade}`),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="active" label={t('training.fields.active')} valuePropName="checked">
          <Switch data-testid="activity-active" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
