import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditOutcome } from '../../../gql/graphql';
import { compareNames } from '../../../shared/format';
import { AUDIT_OUTCOMES, type AuditFilterParams } from '../hooks/auditLogParams';
import { useAuditWords } from './useAuditWords';

interface FilterValues {
  operation?: string;
  entityType?: string;
  entityId?: string;
  actorUsername?: string;
  outcome?: AuditOutcome;
  period?: [Dayjs | null, Dayjs | null] | null;
}

function valuesOf(params: AuditFilterParams): FilterValues {
  return {
    operation: params.operation,
    entityType: params.entityType,
    entityId: params.entityId,
    actorUsername: params.actorUsername,
    outcome: params.outcome,
    period:
      params.from || params.to
        ? [params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]
        : null,
  };
}

function paramsOf(values: FilterValues): AuditFilterParams {
  const text = (value?: string) => value?.trim() || undefined;
  const [from, to] = values.period ?? [];
  return {
    operation: values.operation,
    entityType: values.entityType,
    entityId: text(values.entityId),
    actorUsername: text(values.actorUsername),
    outcome: values.outcome,
    from: from?.format('YYYY-MM-DD'),
    to: to?.format('YYYY-MM-DD'),
  };
}

/** Choices by their words, sorted as read; found by their words or by the recorded name. */
function choiceProps(
  names: readonly string[],
  current: string | undefined,
  word: (name: string) => string,
) {
  const all = current && !names.includes(current) ? [...names, current] : names;
  return {
    allowClear: true,
    showSearch: {
      filterOption: (input: string, option?: { value?: unknown; label?: unknown }) => {
        const wanted = input.trim().toLowerCase();
        return [option?.label, option?.value].some(
          (text) => typeof text === 'string' && text.toLowerCase().includes(wanted),
        );
      },
    },
    options: all
      .map((name) => ({ value: name, label: word(name) }))
      .sort((a, b) => compareNames(a.label, b.label)),
  };
}

interface AuditFiltersProps {
  /** The filters in the URL: the form starts from them. */
  params: AuditFilterParams;
  operations: readonly string[];
  entityTypes: readonly string[];
  onApply(filter: AuditFilterParams): void;
}

export function AuditFilters({ params, operations, entityTypes, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const words = useAuditWords();
  const [form] = Form.useForm<FilterValues>();
  return (
    <Form<FilterValues>
      form={form}
      layout="inline"
      initialValues={valuesOf(params)}
      onFinish={(values) => onApply(paramsOf(values))}
      style={{ marginBottom: 12, rowGap: 8 }}
      data-testid="audit-filters"
    >
      <Form.Item name="operation">
        <Select<string>
          {...choiceProps(operations, params.operation, words.operation)}
          placeholder={t('audit.fields.operation')}
          style={{ width: 220 }}
          data-testid="audit-filter-operation"
        />
      </Form.Item>
      <Form.Item name="entityType">
        <Select<string>
          {...choiceProps(entityTypes, params.entityType, words.entityType)}
          placeholder={t('audit.fields.entityType')}
          style={{ width: 160 }}
          data-testid="audit-filter-entity-type"
        />
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
          data-testid="audit-filter-outcome"
          options={AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcome.${o}`) }))}
        />
      </Form.Item>
      <Form.Item name="period">
        <DatePicker.RangePicker allowEmpty={[true, true]} data-testid="audit-filter-period" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" data-testid="audit-filters-apply">
          {t('common.apply')}
        </Button>
        <Button
          onClick={() => {
            form.setFieldsValue(valuesOf({}));
            onApply({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
}
