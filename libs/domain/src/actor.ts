/** The four kinds of people who use Corebook (docs/domain.md, "Who uses it"). */
export const ROLES = ['RM', 'BRANCH_HEAD', 'HR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in user, as the server's access rules see them. */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  /** Home branch: an RM's and a branch head's scope. */
  branchId: number | null;
  /** The relationship-manager record of an RM user. */
  managerId: number | null;
}
