import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../shared/useErrorMessage';

export interface SignInValues {
  username: string;
  password: string;
}

interface SignInFormProps {
  loading: boolean;
  error?: unknown;
  notice?: string;
  onSubmit(values: SignInValues): void;
  onChange(): void;
}

export function SignInForm({ loading, error, notice, onSubmit, onChange }: SignInFormProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();

  return (
    <Form<SignInValues>
      layout="vertical"
      requiredMark={false}
      onFinish={onSubmit}
      onValuesChange={onChange}
      data-testid="signin-form"
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t('auth.signIn.failed')}
          description={message(error)}
          style={{ marginBottom: 16 }}
          data-testid="signin-error"
        />
      ) : (
        notice && (
          <Alert
            type="warning"
            showIcon
            title={notice}
            style={{ marginBottom: 16 }}
            data-testid="signin-notice"
          />
        )
      )}
      <Form.Item
        name="username"
        label={t('auth.signIn.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.signIn.usernameRequired') }]}
      >
        <Input
          prefix={<UserOutlined />}
          autoComplete="username"
          autoFocus
          data-testid="signin-username"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.signIn.password')}
        rules={[{ required: true, message: t('auth.signIn.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          data-testid="signin-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loading} data-testid="signin-submit">
        {t('auth.signIn.submit')}
      </Button>
    </Form>
  );
}
