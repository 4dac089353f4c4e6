// The audit log keeps its filters, page size and cursor stack in the URL (as the clients list
// does), so a reload or a shared link shows the same entries. The period is a pair of
// calendar days where the bank is; the API is asked for the instants they begin and end.
import { isIsoDate, startOfDayIn, type Language } from '@corebook/domain';
import type { AuditFilterInput, AuditOutcome } from '../../../gql/graphql';
import { PAGE_SIZES, type PageSize } from '../../../shared/pageSizes';

// Keyed by the generated union: an outcome added to the schema fails typecheck here.
const OUTCOMES: Record<AuditOutcome, true> = { OK: true, REFUSED: true, FAILED: true };

export const AUDIT_OUTCOMES = Object.keys(OUTCOMES) as AuditOutcome[];
export const DEFAULT_PAGE_SIZE: PageSize = 50;

export interface AuditLogParams {
  operation?: string;
  entityType?: string;
  entityId?: string;
  actorUsername?: string;
  outcome?: AuditOutcome;
  /** First and last day of the period (YYYY-MM-DD, the bank's calendar), both included. */
  from?: string;
  to?: string;
  pageSize: PageSize;
  /** End cursors of the pages before the current one; empty on the first page. */
  cursors: string[];
}

export type AuditFilterParams = Omit<AuditLogParams, 'pageSize' | 'cursors'>;

/** Every filter cleared: applied under a new filter, so what it leaves out is dropped. */
export const NO_FILTERS: Record<keyof AuditFilterParams, undefined> = {
  operation: undefined,
  entityType: undefined,
  entityId: undefined,
  actorUsername: undefined,
  outcome: undefined,
  from: undefined,
  to: undefined,
};

function text(query: URLSearchParams, name: string): string | undefined {
  return query.get(name)?.trim() || undefined;
}

function day(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value !== null && isIsoDate(value) ? value : undefined;
}

export function parseAuditLogParams(query: URLSearchParams): AuditLogParams {
  const outcome = query.get('outcome');
  const size = Number(query.get('size'));
  return {
    operation: text(query, 'operation'),
    entityType: text(query, 'entityType'),
    entityId: text(query, 'entityId'),
    actorUsername: text(query, 'user'),
    outcome:
      outcome !== null && Object.prototype.hasOwnProperty.call(OUTCOMES, outcome)
        ? (outcome as AuditOutcome)
        : undefined,
    from: day(query, 'from'),
    to: day(query, 'to'),
    pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE,
    cursors: query.getAll('after').filter((c) => c !== ''),
  };
}

/** Writes only what is set, so the whole log has a plain URL. */
export function auditLogQuery(params: AuditLogParams): URLSearchParams {
  const query = new URLSearchParams();
  const set = (name: string, value: string | undefined) => {
    if (value) query.set(name, value);
  };
  set('operation', params.operation);
  set('entityType', params.entityType);
  set('entityId', params.entityId);
  set('user', params.actorUsername);
  set('outcome', params.outcome);
  set('from', params.from);
  set('to', params.to);
  if (params.pageSize !== DEFAULT_PAGE_SIZE) query.set('size', String(params.pageSize));
  for (const cursor of params.cursors) query.append('after', cursor);
  return query;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The API's filter: the period from the start of its first day to the end of its last, where the bank is. */
export function auditFilter(params: AuditFilterParams, timeZone: string): AuditFilterInput {
  return {
    operation: params.operation,
    entityType: params.entityType,
    entityId: params.entityId,
    actorUsername: params.actorUsername,
    outcome: params.outcome,
    from: params.from ? startOfDayIn(timeZone, params.from).toISOString() : undefined,
    to: params.to ? startOfDayIn(timeZone, nextDay(params.to)).toISOString() : undefined,
  };
}

/** The XLSX of the entries on screen (all pages), headers and names in `language`. */
export function auditExportUrl(
  params: AuditFilterParams,
  timeZone: string,
  language: Language,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(auditFilter(params, timeZone)))
    if (typeof value === 'string') query.set(name, value);
  query.set('lang', language);
  return `/audit/entries.xlsx?${query.toString()}`;
}

export function hasFilters(params: AuditFilterParams): boolean {
  return Boolean(
    params.operation ||
    params.entityType ||
    params.entityId ||
    params.actorUsername ||
    params.outcome ||
    params.from ||
    params.to,
  );
}
