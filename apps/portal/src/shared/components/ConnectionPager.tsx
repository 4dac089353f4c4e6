import { useTranslation } from 'react-i18next';
import type { PageSize } from '../pageSizes';
import { CursorPager } from './CursorPager';

interface ConnectionPagerProps {
  /** End cursors of the pages already passed (kept in the URL by the page's params hook). */
  cursors: readonly string[];
  pageSize: PageSize;
  connection?: {
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    totalCount: number;
  } | null;
  loading: boolean;
  /** The "N in all" summary, given the formatted total. */
  summary(total: string): string;
  onPrevious(): void;
  onNext(endCursor: string): void;
  onPageSizeChange(size: PageSize): void;
}

/** The pager under a server-paged table of a Relay connection with a total count. */
export function ConnectionPager({
  cursors,
  pageSize,
  connection,
  loading,
  summary,
  onPrevious,
  onNext,
  onPageSizeChange,
}: ConnectionPagerProps) {
  const { i18n } = useTranslation();
  const endCursor = connection?.pageInfo.endCursor;
  return (
    <CursorPager
      page={cursors.length + 1}
      hasPrevious={cursors.length > 0}
      hasNext={Boolean(connection?.pageInfo.hasNextPage && endCursor)}
      loading={loading}
      pageSize={pageSize}
      summary={
        connection
          ? summary(new Intl.NumberFormat(i18n.language).format(connection.totalCount))
          : undefined
      }
      onPrevious={onPrevious}
      onNext={() => {
        if (endCursor) onNext(endCursor);
      }}
      onPageSizeChange={onPageSizeChange}
    />
  );
}
