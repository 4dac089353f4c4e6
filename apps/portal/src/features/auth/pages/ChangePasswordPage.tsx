import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { readApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../shared/useErrorMessage';
import { useChangePassword } from '../hooks/useChangePassword';

// Mirrors the server's password policy (libs/domain password-policy) for quick feedback;
// the server stays the judge and names the field when it disagrees.
const MIN_LENGTH = 10;

// The API names the offending field; say it the way the form labels it.
const FIELD_LABELS = {
  currentPassword: 'auth.changePassword.current',
  newPassword: 'auth.changePassword.new',
} as const;

function isFormField(field: string | undefined): field is keyof typeof FIELD_LABELS {
  return field === 'currentPassword' || field === 'newPassword';
}

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [form] = Form.useForm<ChangePasswordValues>();
  const { submit, loading, error, reset } = useChangePassword();
  const [done, setDone] = useState(false);
  const user = useCurrentUser();

  const apiError = error ? readApiError(error) : undefined;
  const errorText =
    apiError?.code === 'BAD_USER_INPUT' && isFormField(apiError.field)
      ? t('errors.BAD_USER_INPUT_FIELD', { field: t(FIELD_LABELS[apiError.field]) })
      : error && message(error);

  const onFinish = ({ currentPassword, newPassword }: ChangePasswordValues) => {
    setDone(false);
    void submit(currentPassword, newPassword).then((ok) => {
      if (ok) {
        form.resetFields();
        setDone(true);
      }
    });
  };

  return (
    <Card
      title={t('auth.changePassword.title')}
      style={{ maxWidth: 480 }}
      data-testid="change-password"
    >
      {done && (
        <Alert
          type="success"
          showIcon
          title={t('auth.changePassword.success')}
          style={{ marginBottom: 16 }}
        />
      )}
      {errorText && (
        <Alert
          type="error"
          showIcon
          title={errorText}
          style={{ marginBottom: 16 }}
          data-testid="change-password-error"
        />
      )}
      <Form<ChangePasswordValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        onValuesChange={() => {
          reset();
          setDone(false);
        }}
      >
        <Form.Item
          name="currentPassword"
          label={t('auth.changePassword.current')}
          rules={[{ required: true, message: t('auth.changePassword.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.changePassword.new')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('auth.changePassword.newRequired') },
            { min: MIN_LENGTH, message: t('auth.changePassword.newTooShort', { min: MIN_LENGTH }) },
            {
              validator: (_, value: string | undefined) =>
                !value || (/[a-zA-Z]/.test(value) && /\d/.test(value))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.changePassword.newLettersDigits'))),
            },
            {
              validator: (_, value: string | undefined) =>
                value && value.toLowerCase().includes(user.username.toLowerCase())
                  ? Promise.reject(new Error(t('auth.changePassword.newHasUsername')))
                  : Promise.resolve(),
            },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value && value === getFieldValue('currentPassword')
                  ? Promise.reject(new Error(t('auth.changePassword.newSameAsCurrent')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('auth.changePassword.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('auth.changePassword.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.changePassword.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('auth.changePassword.submit')}
        </Button>
      </Form>
    </Card>
  );
}
