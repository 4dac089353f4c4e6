import { CorebookError } from './errors';
import { decodeCursor, encodeCursor, pageSize } from './pagination';

describe('pages and cursors', () => {
  it('defaults to 50 rows and refuses more than 200 or fewer than 1', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(200)).toBe(200);
    for (const bad of [0, 201, 2.5]) {
      expect(() => pageSize(bad)).toThrow(CorebookError);
    }
  });

  it('round-trips a cursor and refuses a foreign one naming the field', () => {
    expect(decodeCursor(encodeCursor(['120000.50', '101']), 2)).toEqual(['120000.50', '101']);
    try {
      decodeCursor('garbage', 2);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(CorebookError);
      expect((error as CorebookError).extensions).toEqual({ field: 'after' });
    }
    expect(() => decodeCursor(encodeCursor(['1']), 2)).toThrow(CorebookError);
  });
});
