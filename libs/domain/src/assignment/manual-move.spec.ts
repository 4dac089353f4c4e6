import { moveNoteProblem } from './manual-move';

describe('the note of a manual move', () => {
  it.each([
    ['a client request, said briefly', 'CLIENT_REQUEST', 'Asked for', null],
    ['a reason in Chinese', 'CONFLICT_OF_INTEREST', '客户是其亲属', null],
    ['two letters and spaces', 'CLIENT_REQUEST', 'ab      ', 'REASON_LENGTH'],
    ['only dots', 'SERVICE_QUALITY', '.........', 'REASON_LENGTH'],
    ['501 characters', 'RM_LEFT', 'x'.repeat(501), 'REASON_LENGTH'],
    // OTHER says nothing by itself: the note must.
    ['OTHER with a short note', 'OTHER', 'Asked for', 'OTHER_REASON_LENGTH'],
    ['OTHER explained', 'OTHER', 'Moves abroad; served by the remote desk', null],
  ] as const)('%s: %s', (_label, reason, note, rule) => {
    expect(moveNoteProblem(reason, note)?.rule ?? null).toBe(rule);
  });

  it('says the limits the portal shows', () => {
    expect(moveNoteProblem('OTHER', 'short')?.params).toEqual({ min: 20, max: 500 });
    expect(moveNoteProblem('RM_LEFT', 'ab')?.params).toEqual({ min: 5, max: 500 });
  });
});
