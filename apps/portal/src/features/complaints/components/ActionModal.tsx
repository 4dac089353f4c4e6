import type { ReactNode } from 'react';
import { Form, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintAction } from '@corebook/domain';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import type { FieldLabel } from '../../../shared/useInputProblem';

interface ActionModalProps<Values> {
  action: ComplaintAction;
  form: FormInstance<Values>;
  error: unknown;
  fieldLabel: FieldLabel;
  loading: boolean;
  onFinish(values: Values): void;
  onClose(): void;
  /** Reads the complaint again after a CONFLICT: someone else changed it. */
  onReload(): void;
  children?: ReactNode;
}

/** The dialog of one action on a complaint: what it does, its fields, Save / Cancel. */
export function ActionModal<Values extends object>({
  action,
  form,
  error,
  fieldLabel,
  loading,
  onFinish,
  onClose,
  onReload,
  children,
}: ActionModalProps<Values>) {
  const { t } = useTranslation();
  return (
    <FormModal
      title={t(`complaints.actions.${action}`)}
      okText={t(`complaints.actions.${action}`)}
      danger={action === 'WITHDRAW'}
      okTestId="complaint-action-save"
      width={action === 'DECIDE' ? 720 : 560}
      loading={loading}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <FormErrorAlert error={error} onReload={onReload} fieldLabel={fieldLabel} />
      <Typography.Paragraph type="secondary">
        {t(`complaints.actions.explain.${action}`)}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid={`complaint-action-form-${action}`}
      >
        {children}
      </Form>
    </FormModal>
  );
}
