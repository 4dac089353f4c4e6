import { Field, ObjectType } from '@nestjs/graphql';
import { badInput } from './errors';

/** Relay-style page bounds shared by every connection. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Cursors are opaque to clients: base64url JSON of the sort key values of the last row. */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number | null)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length) return key as (string | number | null)[];
  } catch {
    // fall through to the coded error
  }
  throw badInput('after', 'after is not a cursor from this list');
}

/** A page of rows as edges, and whether more rows follow. */
export interface Page<T> {
  edges: { readonly cursor: string; node: T }[];
  hasNextPage: boolean;
}

/**
 * An edge whose cursor is encoded only when a caller asks for it. A class keeps that getter
 * on the prototype: an object literal with a getter per row was a tenth of a first page's
 * garbage (docs/benchmarks.md).
 */
class Edge<T> {
  constructor(
    readonly node: T,
    private readonly key: (row: T) => readonly (string | number | null)[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.key(this.node));
  }
}

/** The first `first` of `rows` (fetched one beyond the page) as a page; `key` is the sort key. */
export function pageOf<T>(
  rows: readonly T[],
  first: number,
  key: (row: T) => readonly (string | number | null)[],
): Page<T> {
  return {
    edges: rows.slice(0, first).map((node) => new Edge(node, key)),
    hasNextPage: rows.length > first,
  };
}

/**
 * The page info of a page: its end cursor is encoded here, once. (A getter in an object
 * literal made a new hidden class per request that held the page's rows through young
 * collections, so each request's rows were promoted and left to full GCs: docs/benchmarks.md.)
 */
export function pageInfoOf(page: Page<unknown>): PageInfo {
  return { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null };
}

@ObjectType({ description: 'Relay page info.' })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}
