import { DEFAULT_CONTACT_CYCLE_SETTINGS as settings } from './cycle-settings';
import { cycleTimeline, type CycleEvent } from './cycle-timeline';
import { nextDueOn } from './next-due';

/** A gold core client given to RM 7 on 1 March. */
const given: CycleEvent[] = [
  { on: '2026-03-01', kind: 'RANKED', tier: 'GOLD' },
  { on: '2026-03-01', kind: 'ASSIGNED', managerId: 7 },
];
const dueAfter = (events: CycleEvent[]) => cycleTimeline(events, settings).at(-1)?.dueOn;

describe('next due date (docs/domain.md rule 6)', () => {
  it('a client newly given to an RM is due within the grace period', () => {
    expect(dueAfter(given)).toBe('2026-03-15');
  });

  it('first contact: due one cycle of the tier after the day it happened', () => {
    expect(
      dueAfter([
        ...given,
        {
          on: '2026-03-05',
          kind: 'CONTACT',
          occurredOn: '2026-03-04',
          type: 'VISIT',
          outcome: 'POSITIVE',
        },
      ]),
    ).toBe('2026-05-03');
  });

  it('a contact of a type that does not count leaves the due date', () => {
    expect(
      dueAfter([
        ...given,
        {
          on: '2026-03-05',
          kind: 'CONTACT',
          occurredOn: '2026-03-05',
          type: 'MESSAGE',
          outcome: 'POSITIVE',
        },
      ]),
    ).toBe('2026-03-15');
  });

  it('a client not reached was not contacted', () => {
    expect(
      dueAfter([
        ...given,
        {
          on: '2026-03-05',
          kind: 'CONTACT',
          occurredOn: '2026-03-05',
          type: 'PHONE',
          outcome: 'NOT_REACHED',
        },
      ]),
    ).toBe('2026-03-15');
  });

  it('a tier upgrade shortens the cycle from the last contact', () => {
    expect(
      dueAfter([
        ...given,
        {
          on: '2026-03-05',
          kind: 'CONTACT',
          occurredOn: '2026-03-05',
          type: 'PHONE',
          outcome: 'NEUTRAL',
        },
        { on: '2026-04-01', kind: 'RANKED', tier: 'PLATINUM' },
      ]),
    ).toBe('2026-04-04');
  });

  it('a client moved to a new RM: due within the grace period, unless the last contact runs longer', () => {
    const contacted: CycleEvent[] = [
      ...given,
      {
        on: '2026-03-05',
        kind: 'CONTACT',
        occurredOn: '2026-03-05',
        type: 'VISIT',
        outcome: 'POSITIVE',
      },
    ];
    // Moved on 20 March, 15 days after a visit with a 60-day cycle: the visit still holds.
    expect(dueAfter([...contacted, { on: '2026-03-20', kind: 'ASSIGNED', managerId: 8 }])).toBe(
      '2026-05-04',
    );
    // Moved on 1 May, two days before the visit's cycle ran out: the new RM gets the grace.
    expect(dueAfter([...contacted, { on: '2026-05-01', kind: 'ASSIGNED', managerId: 8 }])).toBe(
      '2026-05-15',
    );
  });

  it('the new RM inherits the history: a contact before the move still counts', () => {
    const timeline = cycleTimeline(
      [
        ...given,
        { on: '2026-03-10', kind: 'ASSIGNED', managerId: 8 },
        {
          on: '2026-03-12',
          kind: 'CONTACT',
          occurredOn: '2026-03-12',
          type: 'VISIT',
          outcome: 'POSITIVE',
        },
      ],
      settings,
    );
    expect(timeline.at(-1)).toEqual({ on: '2026-03-12', managerId: 8, dueOn: '2026-05-11' });
  });

  it('a client that leaves the core has no cycle; back in the core it gets the grace again', () => {
    const left: CycleEvent[] = [...given, { on: '2026-04-01', kind: 'RANKED', tier: null }];
    expect(dueAfter(left)).toBeNull();
    expect(dueAfter([...left, { on: '2026-06-01', kind: 'RANKED', tier: 'SILVER' }])).toBe(
      '2026-06-15',
    );
  });

  it('a client in the branch pool has no cycle', () => {
    expect(
      dueAfter([...given, { on: '2026-03-09', kind: 'ASSIGNED', managerId: null }]),
    ).toBeNull();
  });

  it('new settings apply from the day they take effect', () => {
    expect(
      dueAfter([
        ...given,
        {
          on: '2026-03-05',
          kind: 'CONTACT',
          occurredOn: '2026-03-05',
          type: 'PHONE',
          outcome: 'POSITIVE',
        },
        {
          on: '2026-03-20',
          kind: 'SETTINGS',
          settings: { ...settings, cycleDays: { ...settings.cycleDays, GOLD: 45 } },
        },
      ]),
    ).toBe('2026-04-19');
  });

  it('the rule alone: no cycle without an RM or a tier', () => {
    const state = {
      managerId: 7,
      tier: 'GOLD' as const,
      assignedOn: '2026-01-01',
      coreSince: '2026-01-01',
      lastContactOn: null,
    };
    expect(nextDueOn(state, settings)).toBe('2026-01-15');
    expect(nextDueOn({ ...state, managerId: null }, settings)).toBeNull();
    expect(nextDueOn({ ...state, tier: null }, settings)).toBeNull();
  });
});
