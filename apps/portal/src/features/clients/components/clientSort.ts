// Maps the table's column sorters to the API's ClientSort and back.
import type { ClientSort } from '../../../gql/graphql';

export type SortableColumn = 'name' | 'contribution12m' | 'aum';
export type SortOrder = 'ascend' | 'descend';

const byColumn: Record<SortableColumn, Partial<Record<SortOrder, ClientSort>>> = {
  name: { ascend: 'NAME_ASC', descend: 'NAME_DESC' },
  contribution12m: { descend: 'VALUE_DESC', ascend: 'VALUE_ASC' },
  aum: { descend: 'AUM_DESC' },
};

export function sortFor(column: unknown, order: SortOrder | null | undefined): ClientSort {
  if (!order || typeof column !== 'string' || !(column in byColumn)) return 'VALUE_DESC';
  return byColumn[column as SortableColumn][order] ?? 'VALUE_DESC';
}

export function orderFor(column: SortableColumn, sort: ClientSort): SortOrder | null {
  const orders = byColumn[column];
  if (orders.ascend === sort) return 'ascend';
  if (orders.descend === sort) return 'descend';
  return null;
}

/** The first click sorts names A→Z and money highest first. */
const FIRST_ORDER: Record<SortableColumn, SortOrder> = {
  name: 'ascend',
  contribution12m: 'descend',
  aum: 'descend',
};

export function sortDirectionsFor(column: SortableColumn): SortOrder[] {
  const first = FIRST_ORDER[column];
  const second: SortOrder = first === 'ascend' ? 'descend' : 'ascend';
  return [first, second].filter((order) => byColumn[column][order]);
}
