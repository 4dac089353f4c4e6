import { actionNoteProblem, followUpProblem, latestFollowUp } from './warning-action';

describe('acting on an early warning', () => {
  it.each([
    ['what was agreed', 'Called the client; visit agreed for Friday', null],
    ['the same in Chinese', '已电话回访客户，约定下周面谈', null],
    ['one word', 'Called.', 'ACTION_NOTE_LENGTH'],
    // Dots and spaces say nothing.
    ['two letters and dots', 'ok . . . . . . . . . . . .', 'ACTION_NOTE_LENGTH'],
    ['501 characters', 'x'.repeat(501), 'ACTION_NOTE_LENGTH'],
  ])('a note of %s: problem %s', (_label, note, rule) => {
    expect(actionNoteProblem(note)?.rule ?? null).toBe(rule);
  });

  it('follows up from today to 180 days ahead, across a year end', () => {
    expect(latestFollowUp('2026-12-08')).toBe('2027-06-06');
    expect(followUpProblem('2026-12-08', '2026-12-08')).toBeNull();
    expect(followUpProblem('2027-06-06', '2026-12-08')).toBeNull();
    expect(followUpProblem('2026-12-07', '2026-12-08')).toMatchObject({
      rule: 'FOLLOW_UP_IN_PAST',
      params: { today: '2026-12-08' },
    });
    expect(followUpProblem('2027-06-07', '2026-12-08')).toMatchObject({
      rule: 'FOLLOW_UP_TOO_FAR',
      params: { days: 180, latest: '2027-06-06' },
    });
  });
});
