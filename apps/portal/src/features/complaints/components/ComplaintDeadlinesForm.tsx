import { Button, Col, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_COMPLEXITIES } from '@corebook/domain';
import type { ComplaintSettingsFieldsFragment, ComplaintSettingsInput } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useRangeRule } from '../../../shared/rangeRule';
import { labelsFrom } from '../../../shared/useInputProblem';
import { useSettingsForm } from '../../../shared/useSettingsForm';
import { useUpdateComplaintSettings } from '../hooks/useComplaintSummary';

type Values = ComplaintSettingsInput;

function toValues({
  deadlineDays,
  extensionDays,
  dueSoonDays,
}: ComplaintSettingsFieldsFragment): Values {
  return {
    deadlineDays: {
      SIMPLE: deadlineDays.SIMPLE,
      COMPLEX: deadlineDays.COMPLEX,
      ESPECIALLY_COMPLEX: deadlineDays.ESPECIALLY_COMPLEX,
    },
    extensionDays,
    dueSoonDays,
  };
}

/**
 * The complaint clock as numbers (admin): days to decide by complexity, the one further
 * extension, and when a complaint counts as due soon. China's 2020 rules are the defaults;
 * a bank under another regulator changes the numbers. Open complaints keep their dates
 * until their next change.
 */
export function ComplaintDeadlinesForm({
  settings,
  onReload,
}: {
  settings: ComplaintSettingsFieldsFragment;
  onReload(): void;
}) {
  const { t } = useTranslation();
  const [update, { loading }] = useUpdateComplaintSettings();
  const fieldLabel = labelsFrom(t, (field) => `complaints.settings.fields.${field}`);
  const { form, error, submit, reload } = useSettingsForm({
    settings,
    toValues,
    save: (values: Values) => update({ variables: { input: values, version: settings.version } }),
    savedMessage: t('complaints.settings.saved'),
    onReload,
    fieldLabel,
  });
  const rangeRule = useRangeRule();
  const required = { required: true, message: t('complaints.validation.required') };
  const days = (name: string | string[], label: string, min: number, max: number) => (
    <Form.Item name={name} label={label} rules={[required, rangeRule(label, min, max, true)]}>
      <InputNumber
        style={{ width: '100%' }}
        data-testid={`complaint-setting-${[name].flat().join('-')}`}
      />
    </Form.Item>
  );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      data-testid="complaint-settings-form"
    >
      <FormErrorAlert error={error} onReload={reload} fieldLabel={fieldLabel} />
      <Row gutter={16}>
        {COMPLAINT_COMPLEXITIES.map((complexity) => (
          <Col xs={24} md={8} key={complexity}>
            {days(['deadlineDays', complexity], fieldLabel(`deadlineDays.${complexity}`), 1, 365)}
          </Col>
        ))}
        <Col xs={24} md={8}>
          {days('extensionDays', fieldLabel('extensionDays'), 0, 365)}
        </Col>
        <Col xs={24} md={8}>
          {days('dueSoonDays', fieldLabel('dueSoonDays'), 0, 30)}
        </Col>
      </Row>
      <Button
        type="primary"
        htmlType="submit"
        loading={loading}
        data-testid="complaint-settings-save"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}
