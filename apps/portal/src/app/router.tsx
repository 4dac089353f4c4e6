import { lazy, Suspense } from 'react';
import { Route, Routes, Link } from 'react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../shared/components/PageLoading';
import { SignInPage } from '../features/auth/pages/SignInPage';
import { ChangePasswordPage } from '../features/auth/pages/ChangePasswordPage';
import { HomePage } from '../features/home/pages/HomePage';
import { ClientsPage } from '../features/clients/pages/ClientsPage';
import { AppLayout } from './AppLayout';
import { HomeRedirect, RequireAuth, RequireRole } from './guards';

// The client page (charts) and the audit log are split out of the first download.
const ClientPage = lazy(() =>
  import('../features/clients/pages/ClientPage').then((m) => ({ default: m.ClientPage })),
);
const AuditLogPage = lazy(() =>
  import('../features/audit/pages/AuditLogPage').then((m) => ({ default: m.AuditLogPage })),
);

const CLIENT_ROLES = ['RM', 'BRANCH_HEAD', 'ADMIN'] as const;

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomeRedirect />} />
          <Route path="home" element={<HomePage />} />
          <Route
            path="clients"
            element={
              <RequireRole roles={CLIENT_ROLES}>
                <ClientsPage />
              </RequireRole>
            }
          />
          <Route
            path="clients/:id"
            element={
              <RequireRole roles={CLIENT_ROLES}>
                <ClientPage />
              </RequireRole>
            }
          />
          <Route
            path="audit"
            element={
              <RequireRole roles={['ADMIN']}>
                <AuditLogPage />
              </RequireRole>
            }
          />
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
