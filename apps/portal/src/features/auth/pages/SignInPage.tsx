import { Card, Flex, Space, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import type { AuthReason } from '../../../app/errors';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { homePathFor } from '../../../app/navigation';
import { SignInForm } from '../components/SignInForm';
import { useLogin } from '../hooks/useLogin';

// Reasons worth telling a user who did not ask to leave; a plain first visit says nothing.
const SESSION_NOTICES: ReadonlySet<AuthReason> = new Set([
  'TOKEN_EXPIRED',
  'TOKEN_REVOKED',
  'TOKEN_INVALID',
  'ACCOUNT_DISABLED',
]);

function returnPath(state: unknown): string | undefined {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/sign-in')
    ? from
    : undefined;
}

export function SignInPage() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const login = useLogin();

  if (state.status === 'signedIn') {
    return <Navigate to={returnPath(location.state) ?? homePathFor(state.user.role)} replace />;
  }

  const reason = state.status === 'signedOut' ? state.reason : undefined;
  const notice = reason && SESSION_NOTICES.has(reason) ? t(`errors.${reason}`) : undefined;

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', background: '#f0f2f5' }}
    >
      <Space orientation="vertical" size="large" style={{ width: 380 }}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <LanguageSwitch signedIn={false} />
        </Flex>
        <Card title={t('auth.signIn.title')}>
          <SignInForm
            loading={login.loading}
            error={login.error}
            notice={notice}
            onChange={() => login.reset()}
            onSubmit={({ username, password }) => {
              void login.submit(username.trim(), password).then((ok) => {
                if (ok) void navigate(returnPath(location.state) ?? '/', { replace: true });
              });
            }}
          />
        </Card>
        <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
      </Space>
    </Flex>
  );
}
