// Role-aware navigation. The server enforces scope; this only decides what to offer.
import { hasPermission, managerScopeFor, type Actor, type Permission } from '@corebook/domain';
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
  | 'coverage'
  | 'contactCycles'
  | 'myTraining'
  | 'trainingOverview'
  | 'trainingCatalogue'
  | 'trainingRecords'
  | 'trainingImport'
  | 'expiringCertificates'
  | 'trainingSettings'
  | 'complaints'
  | 'complaintSummary'
  | 'complaintSettings';
export interface NavItem {
  key: NavKey;
  path: string;
  label: `nav.${keyof typeof en.nav}` | `complaints.nav.${keyof typeof en.complaints.nav}`;
}

const clientsLabel: Record<Role, NavItem['label']> = {
  RM: 'nav.myClients',
  BRANCH_HEAD: 'nav.branchClients',
  ADMIN: 'nav.allClients',
  HR: 'nav.home',
};

/** What a user of this role works on, as a user set up for it (an RM with a book, a head with a branch). */
function typicalActor(role: Role): Actor {
  return { userId: 0, username: '', role, branchId: 0, managerId: 0 };
}
const may = (permission: Permission) => (role: Role) => hasPermission({ role }, permission);
const hasOwnFile = (role: Role) => managerScopeFor(typicalActor(role)).kind === 'self';
/** An RM's home is their revisit queue (docs/domain.md rule 6). */
const hasRevisitQueue = (role: Role) => may('contact.read')(role) && hasOwnFile(role);
/** Contact coverage of others: a branch head's RMs, admin's branches. */
const seesCoverage = (role: Role) => may('contact.read')(role) && !hasOwnFile(role);

/**
 * Every page the menu can offer, in menu order, with who is offered it: by the domain's
 * permission table and scope rules (the router lets in the same users, app/access.ts).
 */
const MENU: (NavItem & { offered(role: Role): boolean })[] = [
  // HR's landing page, and an RM's revisit queue.
  {
    key: 'home',
    path: '/home',
    label: 'nav.home',
    offered: (role) => !canSeeClients(role) || hasRevisitQueue(role),
  },
  { key: 'clients', path: '/clients', label: 'nav.myClients', offered: may('client.read') },
  { key: 'myTraining', path: '/training/my', label: 'nav.myTraining', offered: hasOwnFile },
  {
    key: 'coreClients',
    path: '/core-clients',
    label: 'nav.coreClients',
    offered: may('assignment.manage'),
  },
  {
    key: 'valueConcentration',
    path: '/core-clients/pareto',
    label: 'nav.valueConcentration',
    offered: may('ranking.read'),
  },
  { key: 'coverage', path: '/coverage', label: 'nav.coverage', offered: seesCoverage },
  // Complaints (rules 7-8): each role's list; summaries for heads and admin.
  {
    key: 'complaints',
    path: '/complaints',
    label: 'complaints.nav.list',
    offered: may('complaint.read'),
  },
  {
    key: 'complaintSummary',
    path: '/complaints/summary',
    label: 'complaints.nav.summary',
    offered: may('complaint.manage'),
  },
  // RMs' status and core-client capacity (rules 3 and 11): HR and admin edit, a branch head reads.
  {
    key: 'rmPostings',
    path: '/rm-postings',
    label: 'nav.rmPostings',
    offered: may('manager.standing.read'),
  },
  { key: 'audit', path: '/audit', label: 'nav.auditLog', offered: may('audit.read') },
  {
    key: 'trainingCatalogue',
    path: '/training/catalogue',
    label: 'nav.trainingCatalogue',
    offered: may('training.manage'),
  },
  {
    key: 'trainingRecords',
    path: '/training/records',
    label: 'nav.trainingRecords',
    offered: may('training.manage'),
  },
  {
    key: 'trainingImport',
    path: '/training/import',
    label: 'nav.trainingImport',
    offered: may('training.manage'),
  },
  {
    key: 'expiringCertificates',
    path: '/training/certificates',
    label: 'nav.expiringCertificates',
    offered: may('training.manage'),
  },
  {
    key: 'trainingOverview',
    path: '/training/overview',
    label: 'nav.trainingOverview',
    offered: (role) => may('training.read')(role) && !hasOwnFile(role),
  },
  {
    key: 'trainingSettings',
    path: '/training/settings',
    label: 'nav.trainingSettings',
    offered: may('settings.manage'),
  },
  {
    key: 'complaintSettings',
    path: '/complaints/settings',
    label: 'complaints.nav.settings',
    offered: may('settings.manage'),
  },
  {
    key: 'coreClientRules',
    path: '/core-clients/settings',
    label: 'nav.coreClientRules',
    offered: may('settings.manage'),
  },
  {
    key: 'contactCycles',
    path: '/contact-cycles',
    label: 'nav.contactCycles',
    offered: may('settings.manage'),
  },
];

function labelFor(role: Role, { key, label }: NavItem): NavItem['label'] {
  if (key === 'clients') return clientsLabel[role];
  if (key === 'home' && hasRevisitQueue(role)) return 'nav.revisitQueue';
  return label;
}

export function navigationFor(role: Role): NavItem[] {
  return MENU.filter((item) => item.offered(role)).map((item) => ({
    key: item.key,
    path: item.path,
    label: labelFor(role, item),
  }));
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
  return hasPermission({ role }, 'client.read');
}

export function clientsTitleFor(
  role: Role,
): 'clients.titleMy' | 'clients.titleBranch' | 'clients.titleAll' {
  if (role === 'RM') return 'clients.titleMy';
  if (role === 'BRANCH_HEAD') return 'clients.titleBranch';
  return 'clients.titleAll';
}
