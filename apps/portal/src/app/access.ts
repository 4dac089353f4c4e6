// What the signed-in user may open, from the domain's own permission table and scope rules
// (libs/domain): the portal offers what the API allows, and the API checks again.
import {
  branchScopeFor,
  hasPermission,
  managerScopeFor,
  type Actor,
  type Permission,
} from '@corebook/domain';
import type { CurrentUser } from './auth';

/** The user as the access rules see them. */
export function actorOf(user: CurrentUser): Actor {
  return {
    userId: Number(user.id),
    username: user.username,
    role: user.role,
    branchId: user.branch?.id ?? null,
    managerId: user.manager?.id ?? null,
  };
}

export function can(user: CurrentUser, permission: Permission): boolean {
  return hasPermission(user, permission);
}

/** Works on every branch (admin, HR), not one (a branch head) or none (an RM). */
export function worksBankWide(user: CurrentUser): boolean {
  return branchScopeFor(actorOf(user)).kind === 'bank';
}

/** Works on one branch as a whole: a branch head. */
export function worksOnOwnBranch(user: CurrentUser): boolean {
  return branchScopeFor(actorOf(user)).kind === 'branch';
}

/** Has a training file of their own: an RM. */
export function hasOwnFile(user: CurrentUser): boolean {
  return managerScopeFor(actorOf(user)).kind === 'self';
}

/** Has a revisit queue of their own (an RM): their home page. */
export function hasRevisitQueue(user: CurrentUser): boolean {
  return hasOwnFile(user) && can(user, 'contact.read');
}

/** Sees the contact coverage of others: a branch head their RMs, admin every branch. */
export function seesCoverage(user: CurrentUser): boolean {
  return !hasOwnFile(user) && can(user, 'contact.read');
}
