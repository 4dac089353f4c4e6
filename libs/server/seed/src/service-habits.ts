import { rmUsername } from './demo-logins';
import { Rng, Stream } from './rng';

// How each RM keeps to the contact cycles (the seed's contact histories, servicing.ts).

/** How an RM keeps to the cycles. */
export type ServiceHabit = 'DILIGENT' | 'STEADY' | 'LATE';

interface HabitSpec {
  /** Share of RMs with this habit. */
  share: number;
  /** Usual gap between a client's contacts, as a share of its cycle. */
  usual: readonly [number, number];
  /** How often a gap runs longer, and how long. */
  lateChance: number;
  late: readonly [number, number];
}

// About 99%, 91% and 75% of core client-days within cycle.
export const SERVICE_HABITS: Record<ServiceHabit, HabitSpec> = {
  DILIGENT: { share: 0.35, usual: [0.55, 0.95], lateChance: 0.04, late: [1.0, 1.25] },
  STEADY: { share: 0.4, usual: [0.65, 1.0], lateChance: 0.3, late: [1.05, 1.5] },
  LATE: { share: 0.25, usual: [0.8, 1.2], lateChance: 0.45, late: [1.2, 2.2] },
};

// The demo sign-ins' branch shows each habit: rm.b001.01 has overdue and due-soon clients.
const DEMO_HABITS: Record<string, ServiceHabit> = {
  [rmUsername(1, 1)]: 'STEADY',
  [rmUsername(1, 2)]: 'LATE',
  [rmUsername(1, 3)]: 'DILIGENT',
};

const MANAGER_STREAM = 1 << 30;

/** An RM's habit: from the seed, or fixed for the demo sign-ins. */
export function serviceHabit(seed: number, managerId: number, username: string): ServiceHabit {
  const fixed = DEMO_HABITS[username];
  if (fixed) return fixed;
  const draw = new Rng(seed, Stream.Servicing, MANAGER_STREAM + managerId).float();
  return draw < SERVICE_HABITS.DILIGENT.share
    ? 'DILIGENT'
    : draw < SERVICE_HABITS.DILIGENT.share + SERVICE_HABITS.STEADY.share
      ? 'STEADY'
      : 'LATE';
}
