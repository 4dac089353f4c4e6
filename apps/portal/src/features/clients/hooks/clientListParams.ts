// The clients list keeps its filters, sort, page size and cursor stack in the URL, so a
// view can be bookmarked, shared and restored with the browser's back button.
import type {
  ClientFilter,
  ClientKind,
  ClientSort,
  LifecycleStage,
  ProductType,
  ValueTier,
} from '../../../gql/graphql';
import type { Language } from '@corebook/domain';
import { PAGE_SIZES, type PageSize } from '../../../shared/pageSizes';

// Records keyed by the generated unions: a value added to the schema fails typecheck here.
const SORTS: Record<ClientSort, true> = {
  VALUE_DESC: true,
  VALUE_ASC: true,
  AUM_DESC: true,
  NAME_ASC: true,
  NAME_DESC: true,
};
const KINDS: Record<ClientKind, true> = { INDIVIDUAL: true, CORPORATE: true };
const PRODUCTS: Record<ProductType, true> = {
  DEPOSIT: true,
  LOAN: true,
  WEALTH: true,
  CARD: true,
  INSURANCE: true,
};

const TIERS: Record<ValueTier, true> = { PLATINUM: true, GOLD: true, SILVER: true, BRONZE: true };
const STAGES: Record<LifecycleStage, true> = {
  EXPLORATION: true,
  FORMATION: true,
  STABLE: true,
  DECLINE: true,
};
// Yes/no filters in the URL: words, so a shared link reads as what it shows.
const CORE: Record<string, boolean> = { yes: true, no: false };
const WARNING: Record<string, boolean> = { open: true, none: false };
/** The RM filter's value for the branch pool (clients no RM serves). */
const POOL = 'pool';

export const CLIENT_KINDS = Object.keys(KINDS) as ClientKind[];
export const PRODUCT_TYPES = Object.keys(PRODUCTS) as ProductType[];
export const VALUE_TIERS = Object.keys(TIERS) as ValueTier[];
export const LIFECYCLE_STAGES = Object.keys(STAGES) as LifecycleStage[];
export const DEFAULT_SORT: ClientSort = 'VALUE_DESC';
export const DEFAULT_PAGE_SIZE: PageSize = 20;

export interface ClientListParams {
  search: string;
  sort: ClientSort;
  kind?: ClientKind;
  productType?: ProductType;
  branchId?: number;
  managerId?: number;
  /** Only clients no RM serves (the branch pool); never together with managerId. */
  inBranchPool?: true;
  /** From the latest ranking run. */
  tier?: ValueTier;
  core?: boolean;
  lifecycleStage?: LifecycleStage;
  /** With (true) or without (false) an open early warning. */
  openWarning?: boolean;
  pageSize: PageSize;
  /** End cursors of the pages before the current one; empty on the first page. */
  cursors: string[];
}

function oneOf<T extends string>(record: Record<T, true>, value: string | null): T | undefined {
  return value !== null && Object.prototype.hasOwnProperty.call(record, value)
    ? (value as T)
    : undefined;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}

function flag(words: Record<string, boolean>, value: string | null): boolean | undefined {
  return value !== null && Object.prototype.hasOwnProperty.call(words, value)
    ? words[value]
    : undefined;
}

export function parseClientListParams(query: URLSearchParams): ClientListParams {
  const size = positiveInt(query.get('size'));
  const rm = query.get('rm');
  return {
    search: query.get('q')?.trim() ?? '',
    sort: oneOf(SORTS, query.get('sort')) ?? DEFAULT_SORT,
    kind: oneOf(KINDS, query.get('kind')),
    productType: oneOf(PRODUCTS, query.get('product')),
    branchId: positiveInt(query.get('branch')),
    managerId: positiveInt(rm),
    inBranchPool: rm === POOL || undefined,
    tier: oneOf(TIERS, query.get('tier')),
    core: flag(CORE, query.get('core')),
    lifecycleStage: oneOf(STAGES, query.get('stage')),
    openWarning: flag(WARNING, query.get('warning')),
    pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE,
    cursors: query.getAll('after').filter((c) => c !== ''),
  };
}

/** Writes only what differs from the defaults, so the plain list has a plain URL. */
export function clientListQuery(params: ClientListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.search) query.set('q', params.search);
  if (params.sort !== DEFAULT_SORT) query.set('sort', params.sort);
  if (params.kind) query.set('kind', params.kind);
  if (params.productType) query.set('product', params.productType);
  if (params.branchId) query.set('branch', String(params.branchId));
  if (params.managerId) query.set('rm', String(params.managerId));
  if (params.inBranchPool) query.set('rm', POOL);
  if (params.tier) query.set('tier', params.tier);
  if (params.core !== undefined) query.set('core', params.core ? 'yes' : 'no');
  if (params.lifecycleStage) query.set('stage', params.lifecycleStage);
  if (params.openWarning !== undefined) query.set('warning', params.openWarning ? 'open' : 'none');
  if (params.pageSize !== DEFAULT_PAGE_SIZE) query.set('size', String(params.pageSize));
  for (const cursor of params.cursors) query.append('after', cursor);
  return query;
}

export function clientFilter(params: ClientListParams): ClientFilter {
  return {
    search: params.search || undefined,
    kind: params.kind,
    productType: params.productType,
    branchId: params.branchId,
    managerId: params.managerId,
    inBranchPool: params.inBranchPool,
    tier: params.tier,
    core: params.core,
    lifecycleStage: params.lifecycleStage,
    openEarlyWarning: params.openWarning,
  };
}

/** What "Clear filters" sets: the whole list the user may see, in the same order. */
export const NO_FILTERS = {
  search: '',
  kind: undefined,
  productType: undefined,
  branchId: undefined,
  managerId: undefined,
  inBranchPool: undefined,
  tier: undefined,
  core: undefined,
  lifecycleStage: undefined,
  openWarning: undefined,
} satisfies Partial<ClientListParams>;

export function hasFilters(params: ClientListParams): boolean {
  return (Object.keys(NO_FILTERS) as (keyof typeof NO_FILTERS)[]).some(
    (key) => params[key] !== undefined && params[key] !== '',
  );
}

/** The Excel export of the list on screen: its filter and order, in the page's language. */
export function clientsExportUrl(params: ClientListParams, language: Language): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(clientFilter(params)))
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  query.set('sort', params.sort);
  query.set('lang', language);
  return `/clients/export.xlsx?${query.toString()}`;
}
