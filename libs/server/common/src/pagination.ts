import { Field, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { isIsoDate } from '@corebook/domain';
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

/**
 * What each part of a cursor must be, so an edited cursor is refused as bad input rather
 * than failing in SQL: `int` a PostgreSQL integer, `id` a bigint id as a string of digits,
 * `decimal` a numeric as a string, `date` a calendar date, `text` any string.
 */
export type CursorPart = 'int' | 'id' | 'decimal' | 'date' | 'text';
type CursorValue<P extends CursorPart> = P extends 'int' ? number : string;

const INT_MAX = 2 ** 31 - 1;
const ID = /^\d{1,18}$/;
const DECIMAL = /^-?\d{1,20}(\.\d{1,6})?$/;

function isCursorPart(part: CursorPart, value: unknown): boolean {
  switch (part) {
    case 'int':
      return Number.isInteger(value) && Math.abs(value as number) <= INT_MAX;
    case 'id':
      return typeof value === 'string' && ID.test(value);
    case 'decimal':
      return typeof value === 'string' && DECIMAL.test(value);
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'text':
      return typeof value === 'string';
  }
}

/** The sort key values of a cursor made by encodeCursor, each checked against its part. */
export function decodeCursor<const P extends readonly CursorPart[]>(
  cursor: string,
  parts: P,
): { -readonly [K in keyof P]: CursorValue<P[K]> } {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // refused below
  }
  if (
    Array.isArray(key) &&
    key.length === parts.length &&
    parts.every((part, k) => isCursorPart(part, key[k]))
  )
    return key as { -readonly [K in keyof P]: CursorValue<P[K]> };
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

/**
 * The Relay connection of `node`: `${name}Connection { edges: [${name}Edge!]!, pageInfo }`
 * with `${name}Edge { cursor, node }`. Extend it, under the connection's own name, to add
 * fields such as totalCount:
 * `@ObjectType() class ClientConnection extends ConnectionOf(ClientType, 'Client') {}`.
 */
export function ConnectionOf<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class Connection {
    @Field(() => [Edge]) edges!: { cursor: string; node: T }[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return Connection;
}
