import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilterInput, AuditOutcome } from '../../../gql/graphql';

const OUTCOMES: Record<AuditOutcome, true> = { OK: true, REFUSED: true, FAILED: true };

interface FilterValues {
  operation?: string;
  entityType?: string;
  entityId?: string;
  actorUsername?: string;
  outcome?: AuditOutcome;
  period?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(values: FilterValues): AuditFilterInput {
  const text = (value?: string) => value?.trim() || undefined;
  const [from, to] = values.period ?? [];
  return {
    operation: text(values.operation),
    entityType: text(values.entityType),
    entityId: text(values.entityId),
    actorUsername: text(values.actorUsername),
    outcome: values.outcome,
    from: from?.startOf('day').toISOString(),
    to: to?.endOf('day').toISOString(),
  };
}

export function AuditFilters({ onApply }: { onApply(filter: AuditFilterInput): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  return (
    <Form<FilterValues>
      form={form}
      layout="inline"
      onFinish={(values) => onApply(toFilter(values))}
      style={{ marginBottom: 12, rowGap: 8 }}
      data-testid="audit-filters"
    >
      <Form.Item name="operation">
        <Input allowClear placeholder={t('audit.fields.operation')} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="entityType">
        <Input allowClear placeholder={t('audit.fields.entityType')} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="entityId">
        <Input allowClear placeholder={t('audit.fields.entityId')} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="actorUsername">
        <Input allowClear placeholder={t('audit.filters.actor')} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="outcome">
        <Select<AuditOutcome>
          allowClear
          placeholder={t('audit.fields.outcome')}
          style={{ width: 120 }}
          options={(Object.keys(OUTCOMES) as AuditOutcome[]).map((o) => ({
            value: o,
            label: t(`audit.outcome.${o}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="period">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('common.apply')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
}
