import { Button, Col, Divider, Form, InputNumber, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  AssignmentSettingsFieldsFragment,
  AssignmentSettingsInput,
  ValueTier,
} from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useRangeRule } from '../../../shared/rangeRule';
import { labelsFrom } from '../../../shared/useInputProblem';
import { useSettingsForm } from '../../../shared/useSettingsForm';
import { useUpdateAssignmentSettings } from '../hooks/useAssignmentSettings';

const TIERS: ValueTier[] = ['PLATINUM', 'GOLD', 'SILVER', 'BRONZE'];

/**
 * The form's shape. Field names follow the API's, so a refused field (for example
 * "workloadByTier.GOLD") lands under its input; the move cap is edited in percent.
 */
interface Values {
  workloadByTier: Partial<Record<ValueTier, number>>;
  balanceTolerance: number;
  maxBalanceMoveShare: number;
  allowProbation: boolean;
  requireTrainingMinimum: boolean;
}

function toValues(settings: AssignmentSettingsFieldsFragment): Values {
  return {
    workloadByTier: Object.fromEntries(settings.workloadByTier.map((w) => [w.tier, w.workload])),
    balanceTolerance: settings.balanceTolerance,
    maxBalanceMoveShare: Math.round(settings.maxBalanceMoveShare * 1000) / 10,
    allowProbation: settings.allowProbation,
    requireTrainingMinimum: settings.requireTrainingMinimum,
  };
}

function toInput(values: Values): AssignmentSettingsInput {
  return {
    workloadByTier: TIERS.map((tier) => ({ tier, workload: values.workloadByTier[tier] ?? 1 })),
    balanceTolerance: values.balanceTolerance,
    maxBalanceMoveShare: values.maxBalanceMoveShare / 100,
    allowProbation: values.allowProbation,
    requireTrainingMinimum: values.requireTrainingMinimum,
  };
}

interface AssignmentSettingsFormProps {
  settings: AssignmentSettingsFieldsFragment;
  onReload(): void;
}

/** The assignment solver's rules (admin): workload per tier, balance, stability, eligibility. */
export function AssignmentSettingsForm({ settings, onReload }: AssignmentSettingsFormProps) {
  const { t } = useTranslation();
  const [update, { loading }] = useUpdateAssignmentSettings();
  // workloadByTier.GOLD reads "Workload per core client: Gold".
  const label = labelsFrom(t, (key) => key);
  const fieldLabel = (field: string) => {
    const tier = field.split('.')[1];
    return tier
      ? `${label('settings.assignment.workloadByTier')}: ${label(`segments.tier.${tier}`)}`
      : label(`settings.assignment.${field}`);
  };
  const { form, error, submit, reload } = useSettingsForm({
    settings,
    toValues,
    save: (values: Values) =>
      update({ variables: { input: toInput(values), version: settings.version } }),
    savedMessage: t('settings.saved'),
    onReload,
    fieldLabel,
  });

  const required = [{ required: true, message: t('training.validation.required') }];
  const rangeRule = useRangeRule();
  const inRange = (field: string, min: number, max: number, whole = false) => [
    ...required,
    rangeRule(fieldLabel(field), min, max, whole),
  ];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      data-testid="assignment-settings-form"
    >
      <FormErrorAlert error={error} onReload={reload} fieldLabel={fieldLabel} />
      <Divider titlePlacement="start" plain>
        {t('settings.assignment.workloadByTier')}
      </Divider>
      <Row gutter={16}>
        {TIERS.map((tier) => (
          <Col xs={12} md={6} key={tier}>
            <Form.Item
              name={['workloadByTier', tier]}
              label={t(`segments.tier.${tier}`)}
              rules={inRange(`workloadByTier.${tier}`, 1, 100, true)}
            >
              <InputNumber
                style={{ width: '100%' }}
                data-testid={`assignment-setting-workload-${tier}`}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Divider titlePlacement="start" plain>
        {t('settings.assignment.balance')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="balanceTolerance"
            label={t('settings.assignment.balanceTolerance')}
            extra={t('settings.assignment.balanceToleranceHelp')}
            rules={inRange('balanceTolerance', 1, 3)}
          >
            <InputNumber step={0.01} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="maxBalanceMoveShare"
            label={t('settings.assignment.maxBalanceMoveShare')}
            extra={t('settings.assignment.maxBalanceMoveShareHelp')}
            rules={inRange('maxBalanceMoveShare', 0, 100)}
          >
            <InputNumber step={1} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('settings.assignment.eligibility')}
      </Divider>
      <Form.Item
        name="allowProbation"
        label={t('settings.assignment.allowProbation')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name="requireTrainingMinimum"
        label={t('settings.assignment.requireTrainingMinimum')}
        extra={t('settings.assignment.requireTrainingMinimumHelp')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={loading}
        data-testid="assignment-settings-save"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}
