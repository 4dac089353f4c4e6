import type { RelationshipManagerStatus } from '../../../gql/graphql';

// Keyed by the generated union: a status added to the schema fails typecheck here.
const STATUSES: Record<RelationshipManagerStatus, true> = {
  ACTIVE: true,
  PROBATION: true,
  LEFT: true,
};
export const MANAGER_STATUSES = Object.keys(STATUSES) as RelationshipManagerStatus[];

/** The API's limit on an RM's core-client capacity. */
export const MAX_CORE_CAPACITY = 1000;

export interface Posting {
  status: RelationshipManagerStatus;
  coreCapacity: number;
}

/**
 * Whether saving this change may take core clients off the RM, which makes the server
 * re-plan the branch for its head: leaving, going on probation (ineligible unless a setting
 * allows it), or a lower capacity. The portal cannot see the book (HR sees no client
 * data), so it can only say "may".
 */
export function mayReplanBook(before: Posting, after: Posting): boolean {
  const offCore = after.status !== before.status && after.status !== 'ACTIVE';
  return offCore || after.coreCapacity < before.coreCapacity;
}
