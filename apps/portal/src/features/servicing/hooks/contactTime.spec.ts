import dayjs from 'dayjs';
import { bankNow, instantOnBankClock, isAfterBankNow, onBankClock, zoneName } from './contactTime';

const SHANGHAI = 'Asia/Shanghai';

describe("a contact's time on the bank's clock", () => {
  it('reads now as the bank reads it, wherever the browser is', () => {
    // 23:30 UTC is already the next morning in Shanghai.
    const now = new Date('2026-03-01T23:30:00Z');
    expect(bankNow(SHANGHAI, now).format('YYYY-MM-DD HH:mm')).toBe('2026-03-02 07:30');
  });

  it('sends a picked bank time as the instant it names', () => {
    expect(instantOnBankClock(SHANGHAI, dayjs('2026-03-02 07:30'))).toBe(
      '2026-03-01T23:30:00.000Z',
    );
    expect(instantOnBankClock('UTC', dayjs('2026-03-02 07:30'))).toBe('2026-03-02T07:30:00.000Z');
  });

  it('refuses a time later than now on the bank clock, not the browser clock', () => {
    const now = new Date('2026-03-01T23:30:00Z');
    expect(isAfterBankNow(SHANGHAI, dayjs('2026-03-02 07:30'), now)).toBe(false);
    expect(isAfterBankNow(SHANGHAI, dayjs('2026-03-02 07:31'), now)).toBe(true);
    expect(isAfterBankNow(SHANGHAI, dayjs('2026-03-01 23:45'), now)).toBe(false);
  });

  it('shows an instant on the bank clock', () => {
    expect(onBankClock(SHANGHAI, '2026-03-01T23:30:00Z')).toBe('2026-03-02 07:30');
    expect(onBankClock(SHANGHAI, null)).toBe('—');
  });

  it("names the bank's zone in the user's language", () => {
    expect(zoneName(SHANGHAI, 'en')).toBe('China Standard Time');
    expect(zoneName(SHANGHAI, 'zh-CN')).toBe('中国标准时间');
  });
});
