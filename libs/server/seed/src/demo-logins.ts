export type SeedRole = 'RM' | 'BRANCH_HEAD' | 'HR' | 'ADMIN';

export interface DemoLogin {
  username: string;
  password: string;
  role: SeedRole;
  description: string;
}

/** Every seeded user shares this password (hashed once with argon2). */
export const DEMO_PASSWORD = 'Corebook-demo-2026';

/** Usernames follow one pattern at every size: head.b001, rm.b001.01, ... */
export function branchCode(branchNumber: number): string {
  return `B${String(branchNumber).padStart(3, '0')}`;
}

export function headUsername(branchNumber: number): string {
  return `head.${branchCode(branchNumber).toLowerCase()}`;
}

export function rmUsername(branchNumber: number, rmNumber: number): string {
  return `rm.${branchCode(branchNumber).toLowerCase()}.${String(rmNumber).padStart(2, '0')}`;
}

/** One sign-in per role, printed at start and listed in the README. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    username: 'admin',
    password: DEMO_PASSWORD,
    role: 'ADMIN',
    description: 'Administrator: branches, users, settings, audit log',
  },
  {
    username: 'hr',
    password: DEMO_PASSWORD,
    role: 'HR',
    description: 'HR: training files and renewals, no client data',
  },
  {
    username: headUsername(1),
    password: DEMO_PASSWORD,
    role: 'BRANCH_HEAD',
    description: 'Branch head of branch B001: its RMs, books and scorecards',
  },
  {
    username: rmUsername(1, 1),
    password: DEMO_PASSWORD,
    role: 'RM',
    description: 'Senior relationship manager at B001, with a book of core clients',
  },
  {
    username: rmUsername(1, 2),
    password: DEMO_PASSWORD,
    role: 'RM',
    description: 'Relationship manager at B001, with a book of core clients',
  },
];
