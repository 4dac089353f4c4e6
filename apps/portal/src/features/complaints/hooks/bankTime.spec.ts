import { bankInstant, bankWallClock } from './bankTime';

describe('the bank’s clock', () => {
  it('reads a time at the branch in Shanghai as the instant it was', () => {
    expect(bankInstant('Asia/Shanghai', '2026-12-07 09:30')).toBe('2026-12-07T01:30:00.000Z');
    expect(bankInstant('Asia/Shanghai', '2026-12-07 02:00')).toBe('2026-12-06T18:00:00.000Z');
  });

  it('shows an instant on the bank’s clock, to the minute', () => {
    expect(bankWallClock('Asia/Shanghai', new Date('2026-12-06T18:00:59Z'))).toBe(
      '2026-12-07 02:00',
    );
  });
});
