import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_LIMITS } from '@corebook/domain';
import { useActionForm } from '../hooks/useActionForm';
import { useDecideComplaint } from '../hooks/useComplaintTransition';
import { redressAmount } from '../hooks/redress';
import { ActionModal } from './ActionModal';
import type { ActionModalBaseProps } from './SimpleActionModals';

interface Values {
  decision: string;
  summary: string;
  rootCause: string;
  redressAmount: string;
  upheld: boolean;
}

/**
 * The decision, with the written summary (件件有总结) and the root cause found and what is
 * changed (溯源整改): a decision without them is refused. Redress is exact yuan.
 */
export function DecideComplaintModal({ complaint, onClose, onReload }: ActionModalBaseProps) {
  const { t } = useTranslation();
  const [decide, { loading }] = useDecideComplaint();
  const { form, error, fieldLabel, run } = useActionForm<Values>('DECIDE', onClose);
  const required = {
    required: true,
    whitespace: true,
    message: t('complaints.validation.required'),
  };
  const text = (name: keyof Values, max: number, rows: number) => (
    <Form.Item name={name} label={t(`complaints.fields.${name}`)} rules={[required]}>
      <Input.TextArea
        rows={rows}
        maxLength={max}
        showCount
        data-testid={`complaint-decide-${name}`}
      />
    </Form.Item>
  );
  return (
    <ActionModal<Values>
      action="DECIDE"
      form={form}
      error={error}
      fieldLabel={fieldLabel}
      loading={loading}
      onFinish={(values) =>
        run(() =>
          decide({
            variables: {
              id: complaint.id,
              version: complaint.version,
              input: {
                decision: values.decision.trim(),
                summary: values.summary.trim(),
                rootCause: values.rootCause.trim(),
                redressAmount: redressAmount(values.redressAmount) ?? values.redressAmount,
                upheld: values.upheld,
              },
            },
          }),
        )
      }
      onClose={onClose}
      onReload={onReload}
    >
      {text('decision', COMPLAINT_LIMITS.decision, 2)}
      {text('summary', COMPLAINT_LIMITS.summary, 3)}
      {text('rootCause', COMPLAINT_LIMITS.rootCause, 3)}
      <Form.Item
        name="redressAmount"
        label={t('complaints.fields.redressAmount')}
        initialValue="0"
        extra={t('complaints.decide.redressHelp')}
        rules={[
          { required: true, message: t('complaints.validation.required') },
          {
            validator: (_, value?: string) =>
              redressAmount(value) !== null
                ? Promise.resolve()
                : Promise.reject(
                    new Error(
                      t('errors.rules.MONEY', {
                        field: t('complaints.fields.redressAmount'),
                        max: COMPLAINT_LIMITS.maxRedressYuan,
                      }),
                    ),
                  ),
          },
        ]}
      >
        <Input style={{ width: 200 }} inputMode="decimal" data-testid="complaint-decide-redress" />
      </Form.Item>
      <Form.Item
        name="upheld"
        label={t('complaints.fields.upheld')}
        rules={[{ required: true, message: t('complaints.validation.required') }]}
      >
        <Radio.Group data-testid="complaint-decide-upheld">
          <Radio value={true} data-testid="complaint-upheld-yes">
            {t('complaints.decide.upheldYes')}
          </Radio>
          <Radio value={false} data-testid="complaint-upheld-no">
            {t('complaints.decide.upheldNo')}
          </Radio>
        </Radio.Group>
      </Form.Item>
    </ActionModal>
  );
}
