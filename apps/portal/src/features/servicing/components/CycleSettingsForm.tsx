import { Alert, Button, Checkbox, Col, Divider, Form, InputNumber, Row } from 'antd';
import { CONTACT_TYPES, VALUE_TIERS } from '@corebook/domain';
import { useTranslation } from 'react-i18next';
import type { ContactCycleSettingsInput, CycleSettingsFieldsFragment } from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useRangeRule } from '../../../shared/rangeRule';
import { useBankToday } from '../../../shared/useBankToday';
import { labelsFrom } from '../../../shared/useInputProblem';
import { useSettingsForm } from '../../../shared/useSettingsForm';
import { useUpdateCycleSettings } from '../hooks/useCycleSettings';

type Values = ContactCycleSettingsInput;

// The form sends only the fields it holds (antd's onFinish), never the version or __typename.
function toValues({
  version: _version,
  effectiveOn: _effectiveOn,
  ...values
}: CycleSettingsFieldsFragment): Values {
  return values;
}

interface CycleSettingsFormProps {
  settings: CycleSettingsFieldsFragment;
  onReload(): void;
}

/**
 * The contact cycles (admin): days per tier, which contact types count, the grace for a
 * client new to an RM, and the edit window. Saved from today; every client's due date follows.
 */
export function CycleSettingsForm({ settings, onReload }: CycleSettingsFormProps) {
  const { t } = useTranslation();
  const today = useBankToday().iso;
  const [update, { loading }] = useUpdateCycleSettings();
  const fieldLabel = labelsFrom(t, (field) =>
    field.startsWith('cycleDays.')
      ? `segments.tier.${field.slice('cycleDays.'.length)}`
      : `servicing.settings.fields.${field}`,
  );
  const { form, error, submit, reload } = useSettingsForm({
    settings,
    toValues,
    save: (values: Values) => update({ variables: { input: values, version: settings.version } }),
    savedMessage: t('servicing.settings.saved', { date: today }),
    onReload,
    fieldLabel,
  });
  const required = { required: true, message: t('servicing.contact.validation.required') };
  const rangeRule = useRangeRule();

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="cycle-settings-form">
      <FormErrorAlert error={error} onReload={reload} fieldLabel={fieldLabel} />
      <Divider titlePlacement="start" plain>
        {t('servicing.settings.fields.cycleDays')}
      </Divider>
      <Row gutter={16}>
        {VALUE_TIERS.map((tier) => (
          <Col xs={12} md={6} key={tier}>
            <Form.Item
              name={['cycleDays', tier]}
              label={t(`segments.tier.${tier}`)}
              rules={[required, rangeRule(t(`segments.tier.${tier}`), 1, 730, true)]}
            >
              <InputNumber
                style={{ width: 160 }}
                suffix={t('servicing.settings.daysUnit')}
                data-testid={`cycle-days-${tier}`}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item
        name="countingTypes"
        label={fieldLabel('countingTypes')}
        extra={t('servicing.settings.help.countingTypes')}
        rules={[
          {
            required: true,
            type: 'array',
            min: 1,
            message: t('servicing.settings.countingRequired'),
          },
        ]}
      >
        <Checkbox.Group
          data-testid="cycle-counting-types"
          options={CONTACT_TYPES.map((type) => ({ value: type, label: t(`contact.type.${type}`) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        {(
          [
            ['graceDays', 0, 365],
            ['editWindowDays', 0, 30],
          ] as const
        ).map(([field, min, max]) => (
          <Col xs={24} md={12} key={field}>
            <Form.Item
              name={field}
              label={fieldLabel(field)}
              extra={t(`servicing.settings.help.${field}`)}
              rules={[required, rangeRule(fieldLabel(field), min, max, true)]}
            >
              <InputNumber
                style={{ width: 160 }}
                suffix={t('servicing.settings.daysUnit')}
                data-testid={`cycle-${field}`}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('servicing.settings.fromToday', { date: today })}
      />
      <Button type="primary" htmlType="submit" loading={loading} data-testid="cycle-settings-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}
