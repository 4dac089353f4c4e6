import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { parseYear } from './trainingOptions';

/** The year of a training page, kept in the URL (?year=), this year by default. */
export function useYearParam(): [number, (year: number | undefined) => void] {
  const [query, setQuery] = useSearchParams();
  const year = parseYear(query.get('year')) ?? dayjs().year();
  const setYear = useCallback(
    (next: number | undefined) =>
      setQuery(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === undefined) updated.delete('year');
          else updated.set('year', String(next));
          return updated;
        },
        { replace: true },
      ),
    [setQuery],
  );
  return [year, setYear];
}
