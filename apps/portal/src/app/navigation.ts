// Role-aware navigation. The server enforces scope; this only decides what to offer.
import type { Role } from '../gql/graphql';
import type en from '../i18n/en.json';

export type NavKey = 'clients' | 'audit' | 'home';
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

export function navigationFor(role: Role): NavItem[] {
  switch (role) {
    case 'RM':
    case 'BRANCH_HEAD':
      return [{ key: 'clients', path: '/clients', label: clientsLabel[role] }];
    case 'ADMIN':
      return [
        { key: 'clients', path: '/clients', label: clientsLabel[role] },
        { key: 'audit', path: '/audit', label: 'nav.auditLog' },
      ];
    case 'HR':
      return [{ key: 'home', path: '/home', label: 'nav.home' }];
  }
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
