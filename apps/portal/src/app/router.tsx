import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes, Link } from 'react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';
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

// The training area is one chunk: a user of one training page tends to visit the others.
const trainingPages = () => import('../features/training/pages');
const CataloguePage = lazy(() => trainingPages().then((m) => ({ default: m.CataloguePage })));
const RecordsPage = lazy(() => trainingPages().then((m) => ({ default: m.RecordsPage })));
const ImportPage = lazy(() => trainingPages().then((m) => ({ default: m.ImportPage })));
const ExpiringCertificatesPage = lazy(() =>
  trainingPages().then((m) => ({ default: m.ExpiringCertificatesPage })),
);
const TrainingSettingsPage = lazy(() =>
  trainingPages().then((m) => ({ default: m.TrainingSettingsPage })),
);
const MyTrainingPage = lazy(() => trainingPages().then((m) => ({ default: m.MyTrainingPage })));
const TrainingFilePage = lazy(() => trainingPages().then((m) => ({ default: m.TrainingFilePage })));
const TrainingOverviewPage = lazy(() =>
  trainingPages().then((m) => ({ default: m.TrainingOverviewPage })),
);

// The core-client board and rules are one chunk; the Pareto view (charts) another.
const assignmentPages = () => import('../features/assignment/pages');
const AssignmentBoardPage = lazy(() =>
  assignmentPages().then((m) => ({ default: m.AssignmentBoardPage })),
);
const CoreClientRulesPage = lazy(() =>
  assignmentPages().then((m) => ({ default: m.CoreClientRulesPage })),
);
const ParetoPage = lazy(() =>
  import('../features/ranking/pages').then((m) => ({ default: m.ParetoPage })),
);
const RmPostingsPage = lazy(() =>
  import('../features/postings/pages').then((m) => ({ default: m.RmPostingsPage })),
);

const CLIENT_ROLES = ['RM', 'BRANCH_HEAD', 'ADMIN'] as const;
const CORE_CLIENT_MANAGERS = ['BRANCH_HEAD', 'ADMIN'] as const;
const TRAINING_MANAGERS = ['HR', 'ADMIN'] as const;
const FILE_READERS = ['RM', 'BRANCH_HEAD', 'HR', 'ADMIN'] as const;
const OVERVIEW_READERS = ['BRANCH_HEAD', 'HR', 'ADMIN'] as const;
/** HR and admin keep postings; a branch head reads the branch's. */
const POSTING_READERS = ['BRANCH_HEAD', 'HR', 'ADMIN'] as const;

/** The training routes and who may open each; the API checks scope again on every query. */
const TRAINING_ROUTES: { path: string; roles: readonly Role[]; page: ReactNode }[] = [
  { path: 'training/catalogue', roles: TRAINING_MANAGERS, page: <CataloguePage /> },
  { path: 'training/records', roles: TRAINING_MANAGERS, page: <RecordsPage /> },
  { path: 'training/import', roles: TRAINING_MANAGERS, page: <ImportPage /> },
  { path: 'training/certificates', roles: TRAINING_MANAGERS, page: <ExpiringCertificatesPage /> },
  { path: 'training/settings', roles: ['ADMIN'], page: <TrainingSettingsPage /> },
  { path: 'training/my', roles: ['RM'], page: <MyTrainingPage /> },
  { path: 'training/overview', roles: OVERVIEW_READERS, page: <TrainingOverviewPage /> },
  { path: 'training/files/:managerId', roles: FILE_READERS, page: <TrainingFilePage /> },
];

/** The core-client pages (docs/domain.md rules 1-3); the API checks scope again on every query. */
const CORE_CLIENT_ROUTES: { path: string; roles: readonly Role[]; page: ReactNode }[] = [
  { path: 'core-clients', roles: CORE_CLIENT_MANAGERS, page: <AssignmentBoardPage /> },
  { path: 'core-clients/pareto', roles: CORE_CLIENT_MANAGERS, page: <ParetoPage /> },
  { path: 'core-clients/settings', roles: ['ADMIN'], page: <CoreClientRulesPage /> },
];

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
            path="rm-postings"
            element={
              <RequireRole roles={POSTING_READERS}>
                <RmPostingsPage />
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
          {[...CORE_CLIENT_ROUTES, ...TRAINING_ROUTES].map(({ path, roles, page }) => (
            <Route
              key={path}
              path={path}
              element={<RequireRole roles={roles}>{page}</RequireRole>}
            />
          ))}
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
