// The complaints list keeps its filters, page size and cursor stack in the URL, like the
// other lists, so "overdue, branch 12" can be bookmarked and shared.
import { COMPLAINT_STATUSES, isIsoDate } from '@corebook/domain';
import type { ClockStanding, ComplaintFilter, ComplaintStatus } from '../../../gql/graphql';
import { PAGE_SIZES, type PageSize } from '../../../shared/pageSizes';

export const DEFAULT_COMPLAINT_PAGE_SIZE: PageSize = 20;

/** Where the clock stands, as the list filters by it (paused ones are found by status). */
export const STANDING_FILTERS: readonly ClockStanding[] = ['OVERDUE', 'DUE_SOON', 'ON_TIME'];

/** OPEN (the default: the work still to do), ALL, or one status. */
export type StatusChoice = 'OPEN' | 'ALL' | ComplaintStatus;

export interface ComplaintListParams {
  status: StatusChoice;
  standing?: ClockStanding;
  /** Only the complaints the caller handles. */
  mine: boolean;
  branchId?: number;
  /** Received from / to, YYYY-MM-DD. */
  from?: string;
  to?: string;
  pageSize: PageSize;
  cursors: string[];
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

const date = (value: string | null) => (value !== null && isIsoDate(value) ? value : undefined);

function statusChoice(value: string | null): StatusChoice {
  if (value === 'ALL') return 'ALL';
  return COMPLAINT_STATUSES.find((status) => status === value) ?? 'OPEN';
}

export function parseComplaintListParams(query: URLSearchParams): ComplaintListParams {
  const size = positiveInt(query.get('size'));
  return {
    status: statusChoice(query.get('status')),
    standing: STANDING_FILTERS.find((standing) => standing === query.get('standing')),
    mine: query.get('mine') === '1',
    branchId: positiveInt(query.get('branch')),
    from: date(query.get('from')),
    to: date(query.get('to')),
    pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_COMPLAINT_PAGE_SIZE,
    cursors: query.getAll('after').filter((c) => c !== ''),
  };
}

export function complaintListQuery(params: ComplaintListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.status !== 'OPEN') query.set('status', params.status);
  if (params.standing) query.set('standing', params.standing);
  if (params.mine) query.set('mine', '1');
  if (params.branchId) query.set('branch', String(params.branchId));
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  if (params.pageSize !== DEFAULT_COMPLAINT_PAGE_SIZE) query.set('size', String(params.pageSize));
  for (const cursor of params.cursors) query.append('after', cursor);
  return query;
}

export function complaintFilter(params: ComplaintListParams): ComplaintFilter {
  const status = params.status === 'OPEN' || params.status === 'ALL' ? undefined : params.status;
  return {
    open: params.status === 'OPEN' || undefined,
    status,
    standing: params.standing,
    handledByMe: params.mine || undefined,
    branchId: params.branchId,
    receivedFrom: params.from,
    receivedTo: params.to,
  };
}

/** Whether any filter narrows the default list (open complaints in scope). */
export function isFiltered(params: ComplaintListParams): boolean {
  return Boolean(
    params.status !== 'OPEN' ||
    params.standing ||
    params.mine ||
    params.branchId ||
    params.from ||
    params.to,
  );
}
