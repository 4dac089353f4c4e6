import { bankTimeZoneFrom } from './calendar';

describe('the bank time zone', () => {
  it('defaults to Asia/Shanghai and takes any IANA zone', () => {
    expect(bankTimeZoneFrom(undefined)).toBe('Asia/Shanghai');
    expect(bankTimeZoneFrom('')).toBe('Asia/Shanghai');
    expect(bankTimeZoneFrom('Asia/Hong_Kong')).toBe('Asia/Hong_Kong');
  });

  it('refuses a zone it does not know, naming the setting', () => {
    expect(() => bankTimeZoneFrom('Mars/Olympus')).toThrow(/BANK_TIME_ZONE/);
  });
});
