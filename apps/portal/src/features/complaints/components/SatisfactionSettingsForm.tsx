import { Button, Col, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  SatisfactionSettingsFieldsFragment,
  SatisfactionSettingsInput,
} from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useRangeRule } from '../../../shared/rangeRule';
import { labelsFrom } from '../../../shared/useInputProblem';
import { useSettingsForm } from '../../../shared/useSettingsForm';
import { useUpdateSatisfactionSettings } from '../hooks/useComplaintSummary';

type Values = SatisfactionSettingsInput;
const QUESTIONS = ['overall', 'expectations', 'ideal'] as const;

function toValues({ weights, minimumResponses }: SatisfactionSettingsFieldsFragment): Values {
  return {
    weights: { overall: weights.overall, expectations: weights.expectations, ideal: weights.ideal },
    minimumResponses,
  };
}

/**
 * The satisfaction index (admin): the weights of the three questions, which sum to 1, and
 * how many responses an RM's index must rest on before it stands on its own.
 */
export function SatisfactionSettingsForm({
  settings,
  onReload,
}: {
  settings: SatisfactionSettingsFieldsFragment;
  onReload(): void;
}) {
  const { t } = useTranslation();
  const [update, { loading }] = useUpdateSatisfactionSettings();
  // The API names the three weights together when their sum is not 1.
  const fieldLabel = labelsFrom(t, (field) =>
    field === 'weights' ? 'complaints.settings.weightsSum' : `complaints.settings.fields.${field}`,
  );
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
  const weight = (question: (typeof QUESTIONS)[number]) => fieldLabel(`weights.${question}`);
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      data-testid="satisfaction-settings-form"
    >
      <FormErrorAlert error={error} onReload={reload} fieldLabel={fieldLabel} />
      <Row gutter={16}>
        {QUESTIONS.map((question) => (
          <Col xs={24} md={8} key={question}>
            <Form.Item
              name={['weights', question]}
              label={weight(question)}
              dependencies={QUESTIONS.filter((q) => q !== question).map((q) => ['weights', q])}
              rules={[
                required,
                rangeRule(weight(question), 0, 1),
                ({ getFieldValue }) => ({
                  // Said once, under the last weight, when all three are filled in.
                  validator: () => {
                    const values = QUESTIONS.map((q) => getFieldValue(['weights', q]) as unknown);
                    const sum = values.reduce<number>(
                      (total, value) => total + (typeof value === 'number' ? value : NaN),
                      0,
                    );
                    return question !== 'ideal' || Number.isNaN(sum) || Math.abs(sum - 1) < 1e-9
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('complaints.settings.weightsMustSum')));
                  },
                }),
              ]}
            >
              <InputNumber
                style={{ width: '100%' }}
                step={0.01}
                data-testid={`satisfaction-weight-${question}`}
              />
            </Form.Item>
          </Col>
        ))}
        <Col xs={24} md={8}>
          <Form.Item
            name="minimumResponses"
            label={fieldLabel('minimumResponses')}
            extra={t('complaints.settings.minimumResponsesHelp')}
            rules={[required, rangeRule(fieldLabel('minimumResponses'), 1, 1000, true)]}
          >
            <InputNumber style={{ width: '100%' }} data-testid="satisfaction-minimum-responses" />
          </Form.Item>
        </Col>
      </Row>
      <Button
        type="primary"
        htmlType="submit"
        loading={loading}
        data-testid="satisfaction-settings-save"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}
