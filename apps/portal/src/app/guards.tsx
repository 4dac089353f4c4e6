import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../shared/components/PageLoading';
import { useErrorMessage } from '../shared/useErrorMessage';
import { useAuth, type CurrentUser } from './auth';
import { homePathFor } from './navigation';

/** Renders children for a signed-in user; otherwise sends them to sign-in and back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, retry } = useAuth();
  const { t } = useTranslation();
  const message = useErrorMessage();
  const location = useLocation();

  switch (state.status) {
    case 'loading':
      return <PageLoading tip={t('auth.session.checking')} />;
    case 'unavailable':
      return (
        <Result
          status="warning"
          title={t('auth.session.unavailable')}
          subTitle={message(state.error)}
          extra={<Button onClick={retry}>{t('common.retry')}</Button>}
        />
      );
    case 'signedOut':
      return (
        <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />
      );
    case 'signedIn':
      return <>{children}</>;
  }
}

/** A page for the users `may` lets in (app/access.ts); others see a clear refusal. */
export function RequireAccess({
  may,
  children,
}: {
  may: (user: CurrentUser) => boolean;
  children: ReactNode;
}) {
  const { state } = useAuth();
  const { t } = useTranslation();
  if (state.status !== 'signedIn') return null;
  if (!may(state.user)) {
    return <Result status="403" title={t('errors.FORBIDDEN')} data-testid="forbidden" />;
  }
  return <>{children}</>;
}

export function HomeRedirect() {
  const { state } = useAuth();
  if (state.status !== 'signedIn') return null;
  return <Navigate to={homePathFor(state.user.role)} replace />;
}
