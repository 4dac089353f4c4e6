import { fromFen, sumMoney, toFen } from './money';

describe('money in exact yuan', () => {
  it('adds amounts that floats would get wrong', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['99999999999999.99', '0.01'])).toBe('100000000000000.00');
  });

  it('keeps signs and whole amounts', () => {
    expect(sumMoney(['-5', '2.5'])).toBe('-2.50');
    expect(fromFen(toFen('-0.05'))).toBe('-0.05');
    expect(sumMoney([])).toBe('0.00');
  });

  it('refuses what is not an amount', () => {
    expect(() => toFen('1.234')).toThrow(/not a money amount/);
    expect(() => toFen('abc')).toThrow(/not a money amount/);
  });
});
