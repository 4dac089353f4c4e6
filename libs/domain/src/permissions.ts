import type { Actor, Role } from './actor';

/** Operations guarded by role. Scope (which rows) is decided separately, by the access scopes. */
export const PERMISSIONS = {
  'client.read': ['RM', 'BRANCH_HEAD', 'ADMIN'],
  'org.read': ['RM', 'BRANCH_HEAD', 'HR', 'ADMIN'],
  'audit.read': ['ADMIN'],
  /** Training files: RMs read their own, branch heads the branch's (scope decides). */
  'training.read': ['RM', 'BRANCH_HEAD', 'HR', 'ADMIN'],
  /** The catalogue, records and imports. */
  'training.manage': ['HR', 'ADMIN'],
  'settings.manage': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}
