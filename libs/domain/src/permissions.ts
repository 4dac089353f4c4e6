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
  /** Ranking runs, the Pareto view and core-set changes (scope decides the branches). */
  'ranking.read': ['BRANCH_HEAD', 'ADMIN'],
  /**
   * Re-rank the bank: results depend only on the facts and the settings. A run re-ranks every
   * client and raises warnings in every branch, so it is admin's (issue 16).
   */
  'ranking.run': ['ADMIN'],
  /**
   * Re-rank one branch, where the rules rank each branch on its own: the other branches keep
   * their rankings (a branch head: own branch only).
   */
  'ranking.runBranch': ['BRANCH_HEAD', 'ADMIN'],
  /** Plan, apply or discard assignment plans and reassign clients (a branch head: own branch). */
  'assignment.manage': ['BRANCH_HEAD', 'ADMIN'],
  /** Postings: an RM's status (active, probation, left) and core-client capacity. */
  'manager.manage': ['HR', 'ADMIN'],
  /** An RM's standing for core clients (eligibility, core clients held): who assigns books or keeps postings. */
  'manager.standing.read': ['BRANCH_HEAD', 'HR', 'ADMIN'],
  /**
   * Contacts, revisit queues, coverage and client timelines (scope decides: an RM their book,
   * a branch head the branch, admin the bank). HR sees no contacts.
   */
  'contact.read': ['RM', 'BRANCH_HEAD', 'ADMIN'],
  /** Log, plan, complete and cancel contacts: the serving RM and the branch head. */
  'contact.write': ['RM', 'BRANCH_HEAD'],
  /**
   * Complaints and survey responses: admin all, a branch head the branch, an RM those of
   * their book, those they handle and those they are responsible for. HR none.
   */
  'complaint.read': ['RM', 'BRANCH_HEAD', 'ADMIN'],
  /** Record a complaint of a client in scope. */
  'complaint.record': ['RM', 'BRANCH_HEAD', 'ADMIN'],
  /** Assign the handler, approve an extension, merge, reopen (a branch head: own branch). */
  'complaint.manage': ['BRANCH_HEAD', 'ADMIN'],
  /** Import the survey vendor's responses. */
  'survey.import': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}
