import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Link, matchPath, Route, Routes } from 'react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';
import { PageLoading } from '../shared/components/PageLoading';
import { SignInPage } from '../features/auth/pages/SignInPage';
import { HomeRedirect, RequireAuth, RequireRole } from './guards';

/** A lazily loaded page whose code can also be fetched ahead of its first render. */
type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => void };

function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyPage {
  const loadPage = () => load().then((module) => ({ default: pick(module) }));
  return Object.assign(lazy(loadPage), { preload: () => void loadPage() });
}

// The first download holds the sign-in page only (a branch on a slow link waits for every
// kilobyte): the signed-in layout and every page come as chunks of their own.
const AppLayout = lazyPage(
  () => import('./AppLayout'),
  (m) => m.AppLayout,
);
const HomePage = lazyPage(
  () => import('../features/home/pages/HomePage'),
  (m) => m.HomePage,
);
const ChangePasswordPage = lazyPage(
  () => import('../features/auth/pages/ChangePasswordPage'),
  (m) => m.ChangePasswordPage,
);
const ClientsPage = lazyPage(
  () => import('../features/clients/pages/ClientsPage'),
  (m) => m.ClientsPage,
);
const ClientPage = lazyPage(
  () => import('../features/clients/pages/ClientPage'),
  (m) => m.ClientPage,
);
const AuditLogPage = lazyPage(
  () => import('../features/audit/pages/AuditLogPage'),
  (m) => m.AuditLogPage,
);
const RmPostingsPage = lazyPage(
  () => import('../features/postings/pages'),
  (m) => m.RmPostingsPage,
);

// The training area is one chunk: a user of one training page tends to visit the others.
const trainingPages = () => import('../features/training/pages');
const CataloguePage = lazyPage(trainingPages, (m) => m.CataloguePage);
const RecordsPage = lazyPage(trainingPages, (m) => m.RecordsPage);
const ImportPage = lazyPage(trainingPages, (m) => m.ImportPage);
const ExpiringCertificatesPage = lazyPage(trainingPages, (m) => m.ExpiringCertificatesPage);
const TrainingSettingsPage = lazyPage(trainingPages, (m) => m.TrainingSettingsPage);
const MyTrainingPage = lazyPage(trainingPages, (m) => m.MyTrainingPage);
const TrainingFilePage = lazyPage(trainingPages, (m) => m.TrainingFilePage);
const TrainingOverviewPage = lazyPage(trainingPages, (m) => m.TrainingOverviewPage);

// The core-client board and rules are one chunk; the Pareto view (charts) another.
const assignmentPages = () => import('../features/assignment/pages');
const AssignmentBoardPage = lazyPage(assignmentPages, (m) => m.AssignmentBoardPage);
const CoreClientRulesPage = lazyPage(assignmentPages, (m) => m.CoreClientRulesPage);
const ParetoPage = lazyPage(
  () => import('../features/ranking/pages'),
  (m) => m.ParetoPage,
);

const CLIENT_ROLES = ['RM', 'BRANCH_HEAD', 'ADMIN'] as const;
const CORE_CLIENT_MANAGERS = ['BRANCH_HEAD', 'ADMIN'] as const;
const TRAINING_MANAGERS = ['HR', 'ADMIN'] as const;
const FILE_READERS = ['RM', 'BRANCH_HEAD', 'HR', 'ADMIN'] as const;
const OVERVIEW_READERS = ['BRANCH_HEAD', 'HR', 'ADMIN'] as const;
/** HR and admin keep postings; a branch head reads the branch's. */
const POSTING_READERS = ['BRANCH_HEAD', 'HR', 'ADMIN'] as const;

/**
 * The signed-in pages and who may open each (every signed-in user when `roles` is absent);
 * the API checks role and scope again on every query.
 */
const PAGE_ROUTES: { path: string; roles?: readonly Role[]; Page: LazyPage }[] = [
  { path: 'home', Page: HomePage },
  { path: 'clients', roles: CLIENT_ROLES, Page: ClientsPage },
  { path: 'clients/:id', roles: CLIENT_ROLES, Page: ClientPage },
  { path: 'rm-postings', roles: POSTING_READERS, Page: RmPostingsPage },
  { path: 'audit', roles: ['ADMIN'], Page: AuditLogPage },
  // The core-client pages (docs/domain.md rules 1-3).
  { path: 'core-clients', roles: CORE_CLIENT_MANAGERS, Page: AssignmentBoardPage },
  { path: 'core-clients/pareto', roles: CORE_CLIENT_MANAGERS, Page: ParetoPage },
  { path: 'core-clients/settings', roles: ['ADMIN'], Page: CoreClientRulesPage },
  // Training files (docs/domain.md rule 10).
  { path: 'training/catalogue', roles: TRAINING_MANAGERS, Page: CataloguePage },
  { path: 'training/records', roles: TRAINING_MANAGERS, Page: RecordsPage },
  { path: 'training/import', roles: TRAINING_MANAGERS, Page: ImportPage },
  { path: 'training/certificates', roles: TRAINING_MANAGERS, Page: ExpiringCertificatesPage },
  { path: 'training/settings', roles: ['ADMIN'], Page: TrainingSettingsPage },
  { path: 'training/my', roles: ['RM'], Page: MyTrainingPage },
  { path: 'training/overview', roles: OVERVIEW_READERS, Page: TrainingOverviewPage },
  { path: 'training/files/:managerId', roles: FILE_READERS, Page: TrainingFilePage },
  { path: 'account/password', Page: ChangePasswordPage },
];

/**
 * Starts fetching the code of the signed-in layout and of the page at `pathname`, so that it
 * arrives while the session is being checked instead of after (a waterfall of round trips).
 */
export function preloadRoute(pathname: string): void {
  if (matchPath('/sign-in', pathname)) return;
  AppLayout.preload();
  PAGE_ROUTES.find(({ path }) => matchPath(`/${path}`, pathname))?.Page.preload();
}

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
          {PAGE_ROUTES.map(({ path, roles, Page }) => (
            <Route
              key={path}
              path={path}
              element={
                roles ? (
                  <RequireRole roles={roles}>
                    <Page />
                  </RequireRole>
                ) : (
                  <Page />
                )
              }
            />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
