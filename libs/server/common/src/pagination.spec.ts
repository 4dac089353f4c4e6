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
    expect(decodeCursor(encodeCursor(['120000.50', '101']), ['decimal', 'id'])).toEqual([
      '120000.50',
      '101',
    ]);
    try {
      decodeCursor('garbage', ['decimal', 'id']);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(CorebookError);
      expect((error as CorebookError).extensions).toEqual({ field: 'after' });
    }
    expect(() => decodeCursor(encodeCursor(['1']), ['decimal', 'id'])).toThrow(CorebookError);
  });

  it('refuses an edited cursor whose parts are not what the list sorts by', () => {
    const refused = (key: (string | number | null)[], parts: Parameters<typeof decodeCursor>[1]) =>
      expect(() => decodeCursor(encodeCursor(key), parts)).toThrow(CorebookError);
    refused([1.5], ['int']);
    refused([99_999_999_999], ['int']);
    refused(['7'], ['int']);
    refused(['99999999999999999999'], ['id']);
    refused(['-1'], ['id']);
    refused([7], ['id']);
    refused(['abc', '1'], ['decimal', 'id']);
    refused([{ a: 1 } as unknown as string, '1'], ['text', 'id']);
    refused(['2025-02-30', '1'], ['date', 'id']);
    expect(decodeCursor(encodeCursor([3, 'Zhang Wei', 12]), ['int', 'text', 'int'])).toEqual([
      3,
      'Zhang Wei',
      12,
    ]);
  });
});
