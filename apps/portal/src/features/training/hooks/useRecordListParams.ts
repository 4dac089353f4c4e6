import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { parseRecordListParams, recordListQuery, type RecordListParams } from './recordListParams';

type Change = Partial<Omit<RecordListParams, 'cursors'>>;

/** URL-backed records grid state; any change of filter or size starts again at page one. */
export function useRecordListParams() {
  const [query, setQuery] = useSearchParams();
  const currentYear = dayjs().year();
  const params = useMemo(() => parseRecordListParams(query, currentYear), [query, currentYear]);

  const change = useCallback(
    (patch: Change) => setQuery(recordListQuery({ ...params, ...patch, cursors: [] }, currentYear)),
    [params, setQuery, currentYear],
  );
  const nextPage = useCallback(
    (endCursor: string) =>
      setQuery(
        recordListQuery({ ...params, cursors: [...params.cursors, endCursor] }, currentYear),
      ),
    [params, setQuery, currentYear],
  );
  const previousPage = useCallback(
    () =>
      setQuery(recordListQuery({ ...params, cursors: params.cursors.slice(0, -1) }, currentYear)),
    [params, setQuery, currentYear],
  );
  return { params, change, nextPage, previousPage };
}
