import { DEFAULT_COMPLAINT_SETTINGS as china } from '@corebook/domain';
import { availableActions, type ActionableComplaint } from './complaintActions';

const HEAD = { id: 3, role: 'BRANCH_HEAD' as const };
const HANDLER = { id: 6, role: 'RM' as const };
const RESPONSIBLE_RM = { id: 5, role: 'RM' as const };

const complaint = (extra: Partial<ActionableComplaint> = {}): ActionableComplaint => ({
  status: 'RECEIVED',
  complexity: 'SIMPLE',
  extended: false,
  handlerId: null,
  ...extra,
});

describe('the actions a complaint page offers', () => {
  it('a new complaint waits for the branch head to assign a handler', () => {
    expect(availableActions(complaint(), HEAD, china)).toEqual(['ASSIGN', 'MERGE', 'WITHDRAW']);
    expect(availableActions(complaint(), RESPONSIBLE_RM, china)).toEqual([]);
  });

  it('the handler acknowledges, starts, pauses and decides; the head alone reassigns', () => {
    const assigned = complaint({ handlerId: HANDLER.id });
    expect(availableActions(assigned, HANDLER, china)).toEqual(['ACKNOWLEDGE', 'WITHDRAW']);
    const working = complaint({ handlerId: HANDLER.id, status: 'IN_PROGRESS' });
    expect(availableActions(working, HANDLER, china)).toEqual(['PAUSE', 'DECIDE', 'WITHDRAW']);
    expect(availableActions(working, HEAD, china)).toEqual([
      'ASSIGN',
      'PAUSE',
      'DECIDE',
      'MERGE',
      'WITHDRAW',
    ]);
    // The responsible RM is not the handler: they see the case, they do not work it.
    expect(availableActions(working, RESPONSIBLE_RM, china)).toEqual([]);
  });

  it('a paused clock only resumes (or the client withdraws)', () => {
    const paused = complaint({ handlerId: HANDLER.id, status: 'PAUSED' });
    expect(availableActions(paused, HANDLER, china)).toEqual(['RESUME', 'WITHDRAW']);
  });

  it('only an especially complex case is extended, once, by the head', () => {
    const complex = complaint({
      handlerId: HANDLER.id,
      status: 'IN_PROGRESS',
      complexity: 'ESPECIALLY_COMPLEX',
    });
    expect(availableActions(complex, HEAD, china)).toContain('EXTEND');
    expect(availableActions(complex, HANDLER, china)).not.toContain('EXTEND');
    expect(availableActions({ ...complex, extended: true }, HEAD, china)).not.toContain('EXTEND');
    expect(availableActions(complex, HEAD, { ...china, extensionDays: 0 })).not.toContain('EXTEND');
    expect(availableActions(complex, HEAD, undefined)).not.toContain('EXTEND');
  });

  it('a decided complaint is closed by its handler and reopened on new facts by the head', () => {
    const decided = complaint({ handlerId: HANDLER.id, status: 'DECIDED' });
    expect(availableActions(decided, HANDLER, china)).toEqual(['CLOSE']);
    expect(availableActions(decided, HEAD, china)).toEqual(['CLOSE', 'REOPEN']);
    expect(availableActions({ ...decided, status: 'CLOSED' }, HEAD, china)).toEqual(['REOPEN']);
    expect(availableActions({ ...decided, status: 'MERGED' }, HEAD, china)).toEqual([]);
  });
});
