import { contactCycleSettingsProblem, DEFAULT_CONTACT_CYCLE_SETTINGS } from './cycle-settings';

describe('contact-cycle settings', () => {
  it('the defaults are usable', () => {
    expect(contactCycleSettingsProblem(DEFAULT_CONTACT_CYCLE_SETTINGS)).toBeNull();
  });

  it.each([
    [{ cycleDays: { ...DEFAULT_CONTACT_CYCLE_SETTINGS.cycleDays, GOLD: 0 } }, 'cycleDays.GOLD'],
    [
      { cycleDays: { ...DEFAULT_CONTACT_CYCLE_SETTINGS.cycleDays, SILVER: 1.5 } },
      'cycleDays.SILVER',
    ],
    [{ countingTypes: [] }, 'countingTypes'],
    [{ countingTypes: ['VISIT', 'VISIT'] }, 'countingTypes'],
    [{ countingTypes: ['FAX'] }, 'countingTypes'],
    [{ graceDays: -1 }, 'graceDays'],
    [{ editWindowDays: 31 }, 'editWindowDays'],
  ])('refuses %j', (change, field) => {
    expect(
      contactCycleSettingsProblem({ ...DEFAULT_CONTACT_CYCLE_SETTINGS, ...change } as never)?.field,
    ).toBe(field);
  });
});
