import type { SeedSize } from './sizes';

// What seedBank is asked for and what it reports.

export interface SeedOptions {
  size: SeedSize;
  /** Same seed number, same bank (default 1). */
  seed?: number;
  /** The bank's "today": facts cover the 24 months before this date's month. */
  asOf?: string;
  /**
   * The day the contact log runs up to (contacts in the 12 months before it, planned ones in
   * the 2 weeks from it); default today's date in the bank's zone, so the revisit queue of a
   * bank seeded today shows clients overdue and due this week.
   */
  contactsUntil?: string;
  /**
   * Called as each phase advances: organisation, plan, clients, products, facts, training,
   * contacts, indexes, analyze.
   */
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface SeedCounts {
  regions: number;
  branches: number;
  relationshipManagers: number;
  users: number;
  clients: number;
  clientProducts: number;
  clientMonthlyFacts: number;
  /** The current books: one assignment row per client with an RM. */
  clientAssignments: number;
  /** HR's catalogue: the two years before asOf's year and asOf's year. */
  trainingActivities: number;
  /** RMs' completions of those activities. */
  trainingRecords: number;
  /** The RMs' contacts with the clients of their books, planned ones included. */
  contacts: number;
  plannedContacts: number;
  /** Client cycle rows (each core client, and others once contacted) and their log. */
  clientCycles: number;
  clientCycleLog: number;
}

export interface SeedPhase {
  phase: string;
  /** Rows written (or clients planned); 0 for the index and analyze steps. */
  rows: number;
  ms: number;
}

export interface SeedSummary {
  /** True when the database already held a bank, so no bank was written. */
  skipped: boolean;
  /** True when a bank without any contact or cycle got its contact history (it alone). */
  contactsAdded: boolean;
  size: SeedSize;
  seed: number;
  asOf: string;
  contactsUntil: string;
  counts: SeedCounts;
  phases: SeedPhase[];
  elapsedMs: number;
}

export function emptyCounts(): SeedCounts {
  return {
    regions: 0,
    branches: 0,
    relationshipManagers: 0,
    users: 0,
    clients: 0,
    clientProducts: 0,
    clientMonthlyFacts: 0,
    clientAssignments: 0,
    trainingActivities: 0,
    trainingRecords: 0,
    contacts: 0,
    plannedContacts: 0,
    clientCycles: 0,
    clientCycleLog: 0,
  };
}
