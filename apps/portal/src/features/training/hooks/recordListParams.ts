// The records grid keeps its filters, page size and cursor stack in the URL, like the
// clients list, so HR can bookmark "branch 12, 2026, voided" and come back to it.
import type {
  TrainingRecordFilter,
  TrainingRecordStatus,
  TrainingType,
} from '../../../gql/graphql';
import { PAGE_SIZES, type PageSize } from '../../../shared/pageSizes';
import { RECORD_STATUSES, TRAINING_TYPES, parseYear } from './trainingOptions';

export const DEFAULT_RECORD_PAGE_SIZE: PageSize = 20;

export interface RecordListParams {
  branchId?: number;
  managerId?: number;
  type?: TrainingType;
  /** Undefined means every year; the page starts on the current year. */
  year?: number;
  status?: TrainingRecordStatus;
  pageSize: PageSize;
  cursors: string[];
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

export function parseRecordListParams(
  query: URLSearchParams,
  currentYear: number,
): RecordListParams {
  const size = positiveInt(query.get('size'));
  const yearText = query.get('year');
  return {
    branchId: positiveInt(query.get('branch')),
    managerId: positiveInt(query.get('rm')),
    type: oneOf(TRAINING_TYPES, query.get('type')),
    // 'all' is an explicit choice of every year; no parameter means this year.
    year: yearText === 'all' ? undefined : (parseYear(yearText) ?? currentYear),
    status: oneOf(RECORD_STATUSES, query.get('status')),
    pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_RECORD_PAGE_SIZE,
    cursors: query.getAll('after').filter((c) => c !== ''),
  };
}

export function recordListQuery(params: RecordListParams, currentYear: number): URLSearchParams {
  const query = new URLSearchParams();
  if (params.branchId) query.set('branch', String(params.branchId));
  if (params.managerId) query.set('rm', String(params.managerId));
  if (params.type) query.set('type', params.type);
  if (params.year === undefined) query.set('year', 'all');
  else if (params.year !== currentYear) query.set('year', String(params.year));
  if (params.status) query.set('status', params.status);
  if (params.pageSize !== DEFAULT_RECORD_PAGE_SIZE) query.set('size', String(params.pageSize));
  for (const cursor of params.cursors) query.append('after', cursor);
  return query;
}

export function recordFilter(params: RecordListParams): TrainingRecordFilter {
  return {
    branchId: params.branchId,
    managerId: params.managerId,
    type: params.type,
    year: params.year,
    status: params.status,
  };
}
