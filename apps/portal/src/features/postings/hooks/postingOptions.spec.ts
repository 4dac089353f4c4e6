import { mayReplanBook } from './postingOptions';

describe('when a posting change may re-plan the book', () => {
  const active = { status: 'ACTIVE', coreCapacity: 150 } as const;

  it('an RM who leaves or goes on probation may lose their core clients', () => {
    expect(mayReplanBook(active, { ...active, status: 'LEFT' })).toBe(true);
    expect(mayReplanBook(active, { ...active, status: 'PROBATION' })).toBe(true);
  });

  it('a lower capacity may, a higher one or a return to active does not', () => {
    expect(mayReplanBook(active, { ...active, coreCapacity: 149 })).toBe(true);
    expect(mayReplanBook(active, { ...active, coreCapacity: 200 })).toBe(false);
    expect(mayReplanBook({ status: 'PROBATION', coreCapacity: 80 }, active)).toBe(false);
    expect(mayReplanBook(active, active)).toBe(false);
  });
});
