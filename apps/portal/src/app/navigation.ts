// Role-aware navigation. The server enforces scope; this only decides what to offer.
import type { Role } from '../gql/graphql';
import type en from '../i18n/en.json';

export type NavKey =
  | 'clients'
  | 'coreClients'
  | 'valueConcentration'
  | 'coreClientRules'
  | 'rmPostings'
  | 'audit'
  | 'home'
  | 'myTraining'
  | 'trainingOverview'
  | 'trainingCatalogue'
  | 'trainingRecords'
  | 'trainingImport'
  | 'expiringCertificates'
  | 'trainingSettings';
export interface NavItem {
  key: NavKey;
  path: string;
  label: `nav.${keyof typeof en.nav}`;
}

const clientsLabel: Record<Role, NavItem['label']> = {
  RM: 'nav.myClients',
  BRANCH_HEAD: 'nav.branchClients',
  ADMIN: 'nav.allClients',
  HR: 'nav.home',
};

/** What the RM management department (HR) works with; admin has the same. */
const TRAINING_MANAGEMENT: NavItem[] = [
  { key: 'trainingCatalogue', path: '/training/catalogue', label: 'nav.trainingCatalogue' },
  { key: 'trainingRecords', path: '/training/records', label: 'nav.trainingRecords' },
  { key: 'trainingImport', path: '/training/import', label: 'nav.trainingImport' },
  {
    key: 'expiringCertificates',
    path: '/training/certificates',
    label: 'nav.expiringCertificates',
  },
  { key: 'trainingOverview', path: '/training/overview', label: 'nav.trainingOverview' },
];

/** The core-client work of a branch head; admin has the same, for any branch. */
const CORE_CLIENTS: NavItem[] = [
  { key: 'coreClients', path: '/core-clients', label: 'nav.coreClients' },
  { key: 'valueConcentration', path: '/core-clients/pareto', label: 'nav.valueConcentration' },
];

/** RMs' status and core-client capacity (rules 3 and 11): HR and admin edit, a branch head reads. */
const RM_POSTINGS: NavItem = { key: 'rmPostings', path: '/rm-postings', label: 'nav.rmPostings' };

export function navigationFor(role: Role): NavItem[] {
  switch (role) {
    case 'RM':
      return [
        { key: 'clients', path: '/clients', label: clientsLabel[role] },
        { key: 'myTraining', path: '/training/my', label: 'nav.myTraining' },
      ];
    case 'BRANCH_HEAD':
      return [
        { key: 'clients', path: '/clients', label: clientsLabel[role] },
        ...CORE_CLIENTS,
        RM_POSTINGS,
        { key: 'trainingOverview', path: '/training/overview', label: 'nav.trainingOverview' },
      ];
    case 'ADMIN':
      return [
        { key: 'clients', path: '/clients', label: clientsLabel[role] },
        ...CORE_CLIENTS,
        RM_POSTINGS,
        { key: 'audit', path: '/audit', label: 'nav.auditLog' },
        ...TRAINING_MANAGEMENT,
        { key: 'trainingSettings', path: '/training/settings', label: 'nav.trainingSettings' },
        { key: 'coreClientRules', path: '/core-clients/settings', label: 'nav.coreClientRules' },
      ];
    case 'HR':
      return [
        { key: 'home', path: '/home', label: 'nav.home' },
        RM_POSTINGS,
        ...TRAINING_MANAGEMENT,
      ];
  }
}

/** The item a path belongs to: the longest matching path, so /core-clients/pareto is not /core-clients. */
export function selectedNavKey(items: readonly NavItem[], pathname: string): NavKey | undefined {
  return items
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.key;
}

/** The pages a landing page offers as cards: training, and RM postings where the role has them. */
export function homeNavigationFor(role: Role): NavItem[] {
  return navigationFor(role).filter(
    (item) => item.path.startsWith('/training/') || item.key === 'rmPostings',
  );
}

export function homePathFor(role: Role): string {
  return navigationFor(role)[0].path;
}

export function canSeeClients(role: Role): boolean {
  return role !== 'HR';
}

export function clientsTitleFor(
  role: Role,
): 'clients.titleMy' | 'clients.titleBranch' | 'clients.titleAll' {
  if (role === 'RM') return 'clients.titleMy';
  if (role === 'BRANCH_HEAD') return 'clients.titleBranch';
  return 'clients.titleAll';
}
