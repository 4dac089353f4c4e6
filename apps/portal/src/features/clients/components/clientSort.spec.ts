import { orderFor, sortDirectionsFor, sortFor } from './clientSort';

describe('client table sorting', () => {
  it('maps column sorters to the API sort', () => {
    expect(sortFor('contribution12m', 'ascend')).toBe('VALUE_ASC');
    expect(sortFor('aum', 'descend')).toBe('AUM_DESC');
    expect(sortFor('name', 'descend')).toBe('NAME_DESC');
  });

  it('falls back to value, highest first, when the sorter is cleared or unknown', () => {
    expect(sortFor('name', null)).toBe('VALUE_DESC');
    expect(sortFor('aum', 'ascend')).toBe('VALUE_DESC');
    expect(sortFor('branch', 'ascend')).toBe('VALUE_DESC');
  });

  it('sorts names A→Z and money highest first on the first click', () => {
    expect(sortDirectionsFor('name')).toEqual(['ascend', 'descend']);
    expect(sortDirectionsFor('contribution12m')).toEqual(['descend', 'ascend']);
    expect(sortDirectionsFor('aum')).toEqual(['descend']);
  });

  it('marks only the column the list is sorted by', () => {
    expect(orderFor('contribution12m', 'VALUE_DESC')).toBe('descend');
    expect(orderFor('name', 'VALUE_DESC')).toBeNull();
    expect(orderFor('name', 'NAME_ASC')).toBe('ascend');
  });
});
