import { DEFAULT_CONTACT_CYCLE_SETTINGS as settings } from './cycle-settings';
import { coverageDays, coverageRatio, cycleTimeline, type CycleEvent } from './cycle-timeline';

const goldWith7: CycleEvent[] = [
  { on: '2026-01-01', kind: 'RANKED', tier: 'GOLD' },
  { on: '2026-01-01', kind: 'ASSIGNED', managerId: 7 },
  {
    on: '2026-01-02',
    kind: 'CONTACT',
    occurredOn: '2026-01-02',
    type: 'VISIT',
    outcome: 'POSITIVE',
  },
];
const coverage = (events: CycleEvent[], from: string, to: string) =>
  Object.fromEntries(coverageDays(cycleTimeline(events, settings), from, to));

describe('coverage (docs/domain.md rule 6)', () => {
  it('a client contacted on cycle is within it every day', () => {
    // Visit on 2 January, due 3 March: all 28 days of February are within.
    expect(coverage(goldWith7, '2026-02-01', '2026-02-28')).toEqual({
      7: { coreDays: 28, withinDays: 28 },
    });
  });

  it('days past the due date are core days outside the cycle', () => {
    // Due 3 March: 1-3 March within, 4-31 March overdue.
    expect(coverage(goldWith7, '2026-03-01', '2026-03-31')).toEqual({
      7: { coreDays: 31, withinDays: 3 },
    });
  });

  it('a contact counts from the day it is logged', () => {
    const late: CycleEvent[] = [
      ...goldWith7,
      // Happened on 10 March, logged on 15 March: 4-14 March stay overdue.
      {
        on: '2026-03-15',
        kind: 'CONTACT',
        occurredOn: '2026-03-10',
        type: 'PHONE',
        outcome: 'NEUTRAL',
      },
    ];
    expect(coverage(late, '2026-03-01', '2026-03-31')).toEqual({
      7: { coreDays: 31, withinDays: 3 + 17 },
    });
  });

  it('a client moved mid-period counts for each RM by the days it was theirs', () => {
    // Moved on the 20th of a 30-day month: 19 days for RM 7, 11 for RM 8.
    const moved: CycleEvent[] = [
      ...goldWith7,
      { on: '2026-04-20', kind: 'ASSIGNED', managerId: 8 },
    ];
    const figures = coverage(moved, '2026-04-01', '2026-04-30');
    expect(figures[7].coreDays).toBe(19);
    expect(figures[8].coreDays).toBe(11);
    // RM 7's days were all past the due date of 3 March; RM 8 has the grace period.
    expect(figures[7].withinDays).toBe(0);
    expect(figures[8].withinDays).toBe(11);
  });

  it('days out of the core or in the pool count for nobody', () => {
    const left: CycleEvent[] = [...goldWith7, { on: '2026-02-11', kind: 'RANKED', tier: null }];
    expect(coverage(left, '2026-02-01', '2026-02-28')).toEqual({
      7: { coreDays: 10, withinDays: 10 },
    });
    const pooled: CycleEvent[] = [
      ...goldWith7,
      { on: '2026-02-01', kind: 'ASSIGNED', managerId: null },
    ];
    expect(coverage(pooled, '2026-02-01', '2026-02-28')).toEqual({});
  });

  it('an RM with no core client-days has no ratio', () => {
    expect(coverageRatio({ coreDays: 0, withinDays: 0 })).toBeNull();
    expect(coverageRatio({ coreDays: 31, withinDays: 3 })).toBeCloseTo(3 / 31);
  });
});
