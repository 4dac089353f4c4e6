import { compareNames, formatMonth, formatMoney, formatRatio, formatShare } from './format';

describe('formatMoney', () => {
  it('groups thousands and keeps two decimals in English', () => {
    expect(formatMoney('1234567.5', 'en')).toBe('1,234,567.50');
  });

  it('keeps digits a float would lose', () => {
    expect(formatMoney('90071992547409931.23', 'en')).toBe('90,071,992,547,409,931.23');
  });

  it('formats negatives and Chinese locale grouping', () => {
    expect(formatMoney('-9876.543', 'zh-CN')).toBe('-9,876.54');
  });

  it('shows a dash for a missing amount and leaves non-numbers untouched', () => {
    expect(formatMoney(null, 'en')).toBe('—');
    expect(formatMoney('n/a', 'en')).toBe('n/a');
  });
});

describe('formatShare and formatRatio', () => {
  it('shows a 0-1 share as a percentage with one decimal', () => {
    expect(formatShare(0.81234, 'en')).toBe('81.2%');
    expect(formatShare(1, 'zh-CN')).toBe('100.0%');
    expect(formatShare(null, 'en')).toBe('—');
  });

  it('shows a balance ratio with two decimals and a times sign', () => {
    expect(formatRatio(1.0834, 'en')).toBe('1.08×');
    expect(formatRatio(Number.NaN, 'en')).toBe('—');
  });
});

describe('compareNames and formatMonth', () => {
  it('orders Chinese names by pinyin, whatever the browser language', () => {
    expect(['于正', '上海隆通', '张伟', '安阳', '王健'].sort(compareNames)).toEqual([
      '安阳',
      '上海隆通',
      '王健',
      '于正',
      '张伟',
    ]);
  });

  it('names the month of facts in each language', () => {
    expect(formatMonth('2026-09-01', 'en')).toBe('September 2026');
    expect(formatMonth('2026-09-01', 'zh-CN')).toBe('2026年9月');
    expect(formatMonth(null, 'en')).toBe('—');
  });
});
