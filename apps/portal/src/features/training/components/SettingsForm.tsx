import { Button, Col, Divider, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingSettingsFieldsFragment, TrainingSettingsInput } from '../../../gql/graphql';
import { GRADES, type Grade } from '../hooks/trainingOptions';
import { useUpdateTrainingSettings } from '../hooks/useTrainingSettings';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useRangeRule } from '../../../shared/rangeRule';
import { useSettingsForm } from '../../../shared/useSettingsForm';

interface SettingsValues {
  yearlyRequirement: number;
  /** Empty means the grade follows the yearly requirement. */
  byGrade: Partial<Record<Grade, number | null>>;
  minimumPointsForCoreClients: number;
  maxPointsPerRecord: number;
  certificateExpiryWarningDays: number;
}

function toValues(settings: TrainingSettingsFieldsFragment): SettingsValues {
  return {
    yearlyRequirement: settings.yearlyRequirement,
    byGrade: Object.fromEntries(
      settings.yearlyRequirementByGrade.map(({ grade, points }) => [grade, points]),
    ),
    minimumPointsForCoreClients: settings.minimumPointsForCoreClients,
    maxPointsPerRecord: settings.maxPointsPerRecord,
    certificateExpiryWarningDays: settings.certificateExpiryWarningDays,
  };
}

function toSettingsInput(values: SettingsValues): TrainingSettingsInput {
  return {
    yearlyRequirement: values.yearlyRequirement,
    yearlyRequirementByGrade: GRADES.flatMap((grade) => {
      const points = values.byGrade[grade];
      return points === null || points === undefined ? [] : [{ grade, points }];
    }),
    minimumPointsForCoreClients: values.minimumPointsForCoreClients,
    maxPointsPerRecord: values.maxPointsPerRecord,
    certificateExpiryWarningDays: values.certificateExpiryWarningDays,
  };
}

interface SettingsFormProps {
  settings: TrainingSettingsFieldsFragment;
  onReload(): void;
}

/** The training rules (admin): yearly requirement, per-grade figures, limits, warning window. */
export function SettingsForm({ settings, onReload }: SettingsFormProps) {
  const { t } = useTranslation();
  const [update, { loading }] = useUpdateTrainingSettings();
  const { form, error, submit, reload } = useSettingsForm({
    settings,
    toValues,
    save: (values: SettingsValues) =>
      update({ variables: { input: toSettingsInput(values), version: settings.version } }),
    savedMessage: t('training.settings.saved'),
    onReload,
  });

  const required = [{ required: true, message: t('training.validation.required') }];
  const rangeRule = useRangeRule();
  const whole = (label: string, max: number, min = 0) => rangeRule(label, min, max, true);

  return (
    <Form<SettingsValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      style={{ maxWidth: 760 }}
      data-testid="settings-form"
    >
      <FormErrorAlert error={error} onReload={reload} />
      <Form.Item
        name="yearlyRequirement"
        label={t('training.settings.yearlyRequirement')}
        extra={t('training.settings.yearlyRequirementHelp')}
        rules={[...required, whole(t('training.settings.yearlyRequirement'), 1000)]}
      >
        <InputNumber style={{ width: 140 }} />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('training.settings.byGrade')}
      </Divider>
      <Typography.Paragraph type="secondary">
        {t('training.settings.byGradeHelp')}
      </Typography.Paragraph>
      <Row gutter={16}>
        {GRADES.map((grade) => (
          <Col xs={12} md={6} key={grade}>
            <Form.Item
              name={['byGrade', grade]}
              label={t(`training.grades.${grade}`)}
              rules={[whole(t(`training.grades.${grade}`), 1000)]}
            >
              <InputNumber style={{ width: '100%' }} data-testid={`settings-grade-${grade}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Divider />
      <Form.Item
        name="minimumPointsForCoreClients"
        label={t('training.settings.minimumPointsForCoreClients')}
        extra={t('training.settings.minimumPointsForCoreClientsHelp')}
        rules={[...required, whole(t('training.settings.minimumPointsForCoreClients'), 1000)]}
      >
        <InputNumber style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name="maxPointsPerRecord"
        label={t('training.settings.maxPointsPerRecord')}
        rules={[...required, whole(t('training.settings.maxPointsPerRecord'), 1000, 1)]}
      >
        <InputNumber style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name="certificateExpiryWarningDays"
        label={t('training.settings.certificateExpiryWarningDays')}
        rules={[...required, whole(t('training.settings.certificateExpiryWarningDays'), 365)]}
      >
        <InputNumber style={{ width: 140 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="settings-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}
