/**
 * SQL for "who serves this client now" over the append-only `client_assignments` log
 * (decision 27): a client's newest row names its RM, NULL or no row at all its branch pool.
 */

/** The current RM's id of the client whose id is the SQL expression `clientId` (NULL: pool). */
export function currentManagerSql(clientId: string): string {
  return `(SELECT a.manager_id FROM client_assignments a WHERE a.client_id = ${clientId} ORDER BY a.id DESC LIMIT 1)`;
}

/**
 * True when the client `clientId` is in the book of the RM `managerId` (SQL expressions).
 * Planned from the RM's rows (client_assignments_book_idx), so a book is read by its size.
 */
export function inBookSql(clientId: string, managerId: string): string {
  return `EXISTS (SELECT 1 FROM current_assignments b WHERE b.client_id = ${clientId} AND b.manager_id = ${managerId})`;
}
