import type { Actor } from './actor';

/**
 * Which clients a user may see.
 * An RM sees only their own book, a branch head the branch, admin the whole bank,
 * and HR no client data at all (docs/domain.md, "Who uses it").
 */
export type ClientScope =
  | { kind: 'book'; managerId: number }
  | { kind: 'branch'; branchId: number }
  | { kind: 'bank' }
  | { kind: 'none' };

export function clientScopeFor(actor: Actor): ClientScope {
  switch (actor.role) {
    case 'RM':
      return actor.managerId === null
        ? { kind: 'none' }
        : { kind: 'book', managerId: actor.managerId };
    case 'BRANCH_HEAD':
      return actor.branchId === null
        ? { kind: 'none' }
        : { kind: 'branch', branchId: actor.branchId };
    case 'ADMIN':
      return { kind: 'bank' };
    case 'HR':
      return { kind: 'none' };
  }
}

/**
 * Which relationship managers' files (training, later scorecards) a user may read:
 * an RM only their own, a branch head the branch's RMs, HR and admin every RM.
 */
export type ManagerScope =
  | { kind: 'self'; managerId: number }
  | { kind: 'branch'; branchId: number }
  | { kind: 'bank' }
  | { kind: 'none' };

export function managerScopeFor(actor: Actor): ManagerScope {
  switch (actor.role) {
    case 'RM':
      return actor.managerId === null
        ? { kind: 'none' }
        : { kind: 'self', managerId: actor.managerId };
    case 'BRANCH_HEAD':
      return actor.branchId === null
        ? { kind: 'none' }
        : { kind: 'branch', branchId: actor.branchId };
    case 'HR':
    case 'ADMIN':
      return { kind: 'bank' };
  }
}

/**
 * Which branches a user may read or act on as a whole (a branch's plans, ranking figures,
 * RMs, training overview): a branch head their own, HR and admin every branch, an RM none
 * (an RM works on their own book and file). The role's permissions still decide what, for
 * example HR reads no client data in any branch.
 */
export type BranchScope =
  { kind: 'branch'; branchId: number } | { kind: 'bank' } | { kind: 'none' };

export function branchScopeFor(actor: Actor): BranchScope {
  switch (actor.role) {
    case 'BRANCH_HEAD':
      return actor.branchId === null
        ? { kind: 'none' }
        : { kind: 'branch', branchId: actor.branchId };
    case 'HR':
    case 'ADMIN':
      return { kind: 'bank' };
    case 'RM':
      return { kind: 'none' };
  }
}
