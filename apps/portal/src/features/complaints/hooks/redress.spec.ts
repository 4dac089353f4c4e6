import { redressAmount } from './redress';

describe('redress typed in the decision', () => {
  it('takes yuan with up to two decimals, commas dropped', () => {
    expect(redressAmount('0')).toBe('0');
    expect(redressAmount(' 1,280.50 ')).toBe('1280.50');
    expect(redressAmount('100000000.00')).toBe('100000000.00');
  });

  it('refuses what is not an amount, a negative one, fractions of a fen and too much', () => {
    for (const text of ['', 'abc', '-5', '12.345', '1e3', '100000000.01', undefined])
      expect(redressAmount(text)).toBeNull();
  });
});
