import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormModalProps {
  title: string;
  /** Defaults to Save. */
  okText?: string;
  danger?: boolean;
  /** data-testid of the OK button. */
  okTestId: string;
  width?: number;
  loading: boolean;
  /** Submits the form inside (its onFinish saves). */
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}

/** The modal every form opens in: Save / Cancel, busy while saving, reset on close. */
export function FormModal({
  title,
  okText,
  danger,
  okTestId,
  width,
  loading,
  onSubmit,
  onClose,
  children,
}: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.save')}
      okButtonProps={{ danger, 'data-testid': okTestId }}
      cancelText={t('common.cancel')}
      onOk={onSubmit}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      width={width}
    >
      {children}
    </Modal>
  );
}
