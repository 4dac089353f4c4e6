import { clockStanding, complaintDueOn, extensionRefusal, type ComplaintClock } from './clock';
import { statusAfter } from './complaints';
import { DEFAULT_COMPLAINT_SETTINGS as china, type ComplaintSettings } from './settings';

const received = (
  complexity: ComplaintClock['complexity'],
  extra: Partial<ComplaintClock> = {},
) => ({
  startedOn: '2026-03-01',
  complexity,
  pauses: [],
  extended: false,
  ...extra,
});

describe('the complaint clock (docs/domain.md rule 7)', () => {
  it('a simple complaint is decided within 15 days of receipt', () => {
    expect(complaintDueOn(received('SIMPLE'), china)).toBe('2026-03-16');
  });

  it('a complex case may take up to 30 days', () => {
    expect(complaintDueOn(received('COMPLEX'), china)).toBe('2026-03-31');
  });

  it('an especially complex case gets one further 30 days with approval', () => {
    expect(complaintDueOn(received('ESPECIALLY_COMPLEX', { extended: true }), china)).toBe(
      '2026-04-30',
    );
    expect(extensionRefusal(received('ESPECIALLY_COMPLEX'), china)).toBeNull();
  });

  it('only an especially complex case is extended, and only once', () => {
    expect(extensionRefusal(received('COMPLEX'), china)).toBe('NOT_ESPECIALLY_COMPLEX');
    expect(extensionRefusal(received('ESPECIALLY_COMPLEX', { extended: true }), china)).toBe(
      'ALREADY_EXTENDED',
    );
  });

  it('time waiting for an outside appraisal does not count', () => {
    const paused = received('SIMPLE', { pauses: [{ from: '2026-03-05', to: '2026-03-12' }] });
    expect(complaintDueOn(paused, china)).toBe('2026-03-23');
  });

  it('while a pause is open the clock stands still: no due date yet', () => {
    const open = received('SIMPLE', { pauses: [{ from: '2026-03-05', to: null }] });
    expect(complaintDueOn(open, china)).toBeNull();
    expect(clockStanding(null, '2026-04-01', china)).toBe('PAUSED');
  });

  it('new facts reopen a complaint on a new clock from the day it is reopened', () => {
    expect(complaintDueOn(received('SIMPLE', { startedOn: '2026-05-10' }), china)).toBe(
      '2026-05-25',
    );
    expect(statusAfter('CLOSED', 'REOPEN')).toBe('IN_PROGRESS');
  });

  it("another regulator's deadlines are numbers, not code (the UK's 8 weeks)", () => {
    const uk: ComplaintSettings = {
      deadlineDays: { SIMPLE: 56, COMPLEX: 56, ESPECIALLY_COMPLEX: 56 },
      extensionDays: 0,
      dueSoonDays: 7,
    };
    expect(complaintDueOn(received('COMPLEX'), uk)).toBe('2026-04-26');
    expect(extensionRefusal(received('ESPECIALLY_COMPLEX'), uk)).toBe('NO_EXTENSION');
  });

  it('a complaint is overdue after its due date and due soon within the settings’ days', () => {
    expect(clockStanding('2026-03-16', '2026-03-17', china)).toBe('OVERDUE');
    expect(clockStanding('2026-03-16', '2026-03-13', china)).toBe('DUE_SOON');
    expect(clockStanding('2026-03-16', '2026-03-12', china)).toBe('ON_TIME');
  });

  it('a merged or withdrawn complaint is no longer worked; a decided one is only closed or reopened', () => {
    expect(statusAfter('IN_PROGRESS', 'MERGE')).toBe('MERGED');
    expect(statusAfter('MERGED', 'DECIDE')).toBeNull();
    expect(statusAfter('WITHDRAWN', 'RESUME')).toBeNull();
    expect(statusAfter('DECIDED', 'PAUSE')).toBeNull();
    expect(statusAfter('DECIDED', 'CLOSE')).toBe('CLOSED');
    expect(statusAfter('RECEIVED', 'DECIDE')).toBeNull();
  });
});
