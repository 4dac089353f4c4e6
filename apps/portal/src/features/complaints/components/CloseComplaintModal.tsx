import { Checkbox, Col, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRangeRule } from '../../../shared/rangeRule';
import { useActionForm } from '../hooks/useActionForm';
import { useCloseComplaint } from '../hooks/useComplaintTransition';
import { ActionModal } from './ActionModal';
import type { ActionModalBaseProps } from './SimpleActionModals';

const QUESTIONS = ['overall', 'expectations', 'ideal'] as const;

interface Values {
  surveyed: boolean;
  overall?: number;
  expectations?: number;
  ideal?: number;
}

/**
 * Closes a decided complaint, with the client's answers to the three satisfaction questions
 * (1-10) when they gave them; those are reported apart from the vendor's surveys.
 */
export function CloseComplaintModal({ complaint, onClose, onReload }: ActionModalBaseProps) {
  const { t } = useTranslation();
  const [close, { loading }] = useCloseComplaint();
  const { form, error, fieldLabel, run } = useActionForm<Values>('CLOSE', onClose);
  const rangeRule = useRangeRule();
  const surveyed = Form.useWatch('surveyed', form);
  return (
    <ActionModal<Values>
      action="CLOSE"
      form={form}
      error={error}
      fieldLabel={fieldLabel}
      loading={loading}
      onFinish={(values) =>
        run(() =>
          close({
            variables: {
              id: complaint.id,
              version: complaint.version,
              survey: values.surveyed
                ? {
                    overall: values.overall ?? 0,
                    expectations: values.expectations ?? 0,
                    ideal: values.ideal ?? 0,
                  }
                : null,
            },
          }),
        )
      }
      onClose={onClose}
      onReload={onReload}
    >
      <Form.Item name="surveyed" valuePropName="checked" initialValue={false}>
        <Checkbox data-testid="complaint-close-surveyed">{t('complaints.close.surveyed')}</Checkbox>
      </Form.Item>
      {surveyed && (
        <Row gutter={16}>
          {QUESTIONS.map((question) => {
            const label = t(`complaints.close.questions.${question}`);
            return (
              <Col span={8} key={question}>
                <Form.Item
                  name={question}
                  label={label}
                  rules={[
                    { required: true, message: t('complaints.validation.required') },
                    rangeRule(label, 1, 10, true),
                  ]}
                >
                  <InputNumber
                    style={{ width: '100%' }}
                    data-testid={`complaint-close-${question}`}
                  />
                </Form.Item>
              </Col>
            );
          })}
        </Row>
      )}
    </ActionModal>
  );
}
