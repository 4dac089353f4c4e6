import { Button, Col, Divider, Form, InputNumber, Radio, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  RankingScope,
  RankingSettingsFieldsFragment,
  RankingSettingsInput,
} from '../../../gql/graphql';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { useRangeRule } from '../../../shared/rangeRule';
import { labelsFrom } from '../../../shared/useInputProblem';
import { useSettingsForm } from '../../../shared/useSettingsForm';
import { useUpdateRankingSettings } from '../hooks/useRankingSettings';

type Values = RankingSettingsInput;
type NumberField = Exclude<keyof Values, 'scope' | 'bankFiguresForBranchHeads'>;

const SCOPES: RankingScope[] = ['BANK', 'BRANCH'];

/** Each group of rules with its fields: [field, min, max, whole number only]. */
type GroupKey = 'value' | 'tiers' | 'lifecycle' | 'potential';
const GROUPS: { key: GroupKey; fields: [NumberField, number, number, boolean][] }[] = [
  {
    key: 'value',
    fields: [
      ['corePercent', 1, 100, false],
      ['contributionWeight', 0, 1000, false],
      ['aumWeight', 0, 1000, false],
    ],
  },
  {
    key: 'tiers',
    fields: [
      ['platinumPercent', 0, 100, false],
      ['goldPercent', 0, 100, false],
      ['silverPercent', 0, 100, false],
    ],
  },
  {
    key: 'lifecycle',
    fields: [
      ['explorationMonths', 0, 240, true],
      ['formationMonths', 0, 240, true],
      ['formationGrowthPercent', 0, 100, false],
      ['declineValueDropPercent', 0, 100, false],
      ['declineActivityDropPercent', 0, 100, false],
    ],
  },
  {
    key: 'potential',
    fields: [
      ['potentialGrowthPercent', 0, 100, false],
      ['potentialProductGaps', 0, 5, true],
    ],
  },
];

function toValues({ version: _version, ...values }: RankingSettingsFieldsFragment): Values {
  return values;
}

interface RankingSettingsFormProps {
  settings: RankingSettingsFieldsFragment;
  onReload(): void;
}

/** The ranking rules (admin): core percent, value formula, tiers, lifecycle and potential. */
export function RankingSettingsForm({ settings, onReload }: RankingSettingsFormProps) {
  const { t } = useTranslation();
  const [update, { loading }] = useUpdateRankingSettings();
  const fieldLabel = labelsFrom(t, (field) =>
    field === 'scope' || field === 'bankFiguresForBranchHeads'
      ? `settings.ranking.${field}`
      : `settings.ranking.fields.${field}`,
  );
  const { form, error, submit, reload } = useSettingsForm({
    settings,
    toValues,
    save: (values: Values) =>
      update({ variables: { input: values, version: settings.version ?? 0 } }),
    savedMessage: t('settings.saved'),
    onReload,
    fieldLabel,
  });

  const required = [{ required: true, message: t('training.validation.required') }];
  const rangeRule = useRangeRule();
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      data-testid="ranking-settings-form"
    >
      <FormErrorAlert error={error} onReload={reload} fieldLabel={fieldLabel} />
      <Form.Item
        name="scope"
        label={t('settings.ranking.scope')}
        extra={t('settings.ranking.scopeHelp')}
        rules={required}
      >
        <Radio.Group
          optionType="button"
          options={SCOPES.map((scope) => ({
            value: scope,
            label: t(`settings.ranking.scopes.${scope}`),
          }))}
        />
      </Form.Item>
      {GROUPS.map((group) => (
        <div key={group.key}>
          <Divider titlePlacement="start" plain>
            {t(`settings.ranking.groups.${group.key}`)}
          </Divider>
          <Row gutter={16}>
            {group.fields.map(([field, min, max, whole]) => (
              <Col xs={24} md={12} xl={8} key={field}>
                <Form.Item
                  name={field}
                  label={fieldLabel(field)}
                  extra={t(`settings.ranking.help.${field}`)}
                  rules={[...required, rangeRule(fieldLabel(field), min, max, whole)]}
                >
                  <InputNumber style={{ width: '100%' }} data-testid={`ranking-setting-${field}`} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </div>
      ))}
      <Divider titlePlacement="start" plain>
        {t('settings.ranking.groups.visibility')}
      </Divider>
      <Form.Item
        name="bankFiguresForBranchHeads"
        label={t('settings.ranking.bankFiguresForBranchHeads')}
        extra={t('settings.ranking.bankFiguresForBranchHeadsHelp')}
        valuePropName="checked"
      >
        <Switch data-testid="ranking-setting-bankFiguresForBranchHeads" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={loading}
        data-testid="ranking-settings-save"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}
