import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Link, matchPath, Route, Routes } from 'react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../shared/components/PageLoading';
import { SignInPage } from '../features/auth/pages/SignInPage';
import type { Permission } from '@corebook/domain';
import { can, hasOwnFile, seesCoverage } from './access';
import type { CurrentUser } from './auth';
import { HomeRedirect, RequireAccess, RequireAuth } from './guards';

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

// Coverage, an RM's queue seen by their branch head or admin, and the contact cycles: one chunk.
const servicingPages = () => import('../features/servicing/pages');
const CoveragePage = lazyPage(servicingPages, (m) => m.CoveragePage);
const ManagerQueuePage = lazyPage(servicingPages, (m) => m.ManagerQueuePage);
const CycleSettingsPage = lazyPage(servicingPages, (m) => m.CycleSettingsPage);
// Complaints (docs/domain.md rules 7-8): the list, a complaint and the settings are one
// chunk; the summary (charts) another.
const complaintPages = () => import('../features/complaints/pages');
const ComplaintsPage = lazyPage(complaintPages, (m) => m.ComplaintsPage);
const ComplaintPage = lazyPage(complaintPages, (m) => m.ComplaintPage);
const ComplaintSettingsPage = lazyPage(complaintPages, (m) => m.ComplaintSettingsPage);
const ComplaintSummaryPage = lazyPage(
  () => import('../features/complaints/pages/ComplaintSummaryPage'),
  (m) => m.ComplaintSummaryPage,
);

const allowed = (permission: Permission) => (user: CurrentUser) => can(user, permission);

/**
 * The signed-in pages and who may open each (every signed-in user when `may` is absent),
 * by the domain's permissions; the API checks role and scope again on every query.
 */
const PAGE_ROUTES: { path: string; may?: (user: CurrentUser) => boolean; Page: LazyPage }[] = [
  { path: 'home', Page: HomePage },
  { path: 'clients', may: allowed('client.read'), Page: ClientsPage },
  { path: 'clients/:id', may: allowed('client.read'), Page: ClientPage },
  { path: 'complaints', may: allowed('complaint.read'), Page: ComplaintsPage },
  { path: 'complaints/summary', may: allowed('complaint.manage'), Page: ComplaintSummaryPage },
  { path: 'complaints/settings', may: allowed('settings.manage'), Page: ComplaintSettingsPage },
  { path: 'complaints/:id', may: allowed('complaint.read'), Page: ComplaintPage },
  { path: 'rm-postings', may: allowed('manager.standing.read'), Page: RmPostingsPage },
  { path: 'audit', may: allowed('audit.read'), Page: AuditLogPage },
  // The core-client pages (docs/domain.md rules 1-3).
  { path: 'core-clients', may: allowed('assignment.manage'), Page: AssignmentBoardPage },
  { path: 'core-clients/pareto', may: allowed('ranking.read'), Page: ParetoPage },
  { path: 'core-clients/settings', may: allowed('settings.manage'), Page: CoreClientRulesPage },
  // Training files (docs/domain.md rule 10).
  { path: 'training/catalogue', may: allowed('training.manage'), Page: CataloguePage },
  { path: 'training/records', may: allowed('training.manage'), Page: RecordsPage },
  { path: 'training/import', may: allowed('training.manage'), Page: ImportPage },
  {
    path: 'training/certificates',
    may: allowed('training.manage'),
    Page: ExpiringCertificatesPage,
  },
  { path: 'training/settings', may: allowed('settings.manage'), Page: TrainingSettingsPage },
  { path: 'training/my', may: hasOwnFile, Page: MyTrainingPage },
  {
    path: 'training/overview',
    may: (user) => can(user, 'training.read') && !hasOwnFile(user),
    Page: TrainingOverviewPage,
  },
  { path: 'training/files/:managerId', may: allowed('training.read'), Page: TrainingFilePage },
  // Contacts and cycles (docs/domain.md rule 6); an RM's queue is their home page.
  { path: 'coverage', may: seesCoverage, Page: CoveragePage },
  { path: 'coverage/rm/:managerId', may: seesCoverage, Page: ManagerQueuePage },
  { path: 'contact-cycles', may: allowed('settings.manage'), Page: CycleSettingsPage },
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
          {PAGE_ROUTES.map(({ path, may, Page }) => (
            <Route
              key={path}
              path={path}
              element={
                may ? (
                  <RequireAccess may={may}>
                    <Page />
                  </RequireAccess>
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
