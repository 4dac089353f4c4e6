// The bare baseline for the "My clients" benchmark: node:http + pg running the same SQL
// the API runs for an RM's first page (ClientsService.page, VALUE_DESC, no filter), with
// no framework, auth or GraphQL. Keep the SQL in step with CLIENT_COLUMNS there and with
// server/database books.ts.
import { createServer } from 'node:http';
import pg from 'pg';

pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
const { DATABASE_URL, PORT, MANAGER_ID } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 20 });
const SQL = `SELECT
  c.id::text AS id, c.client_no AS "clientNo", c.name, c.kind, c.branch_id AS "branchId",
  c.opened_on AS "openedOn", c.risk_rating AS "riskRating", c.phone, c.email, c.address,
  (SELECT a.manager_id FROM client_assignments a WHERE a.client_id = c.id ORDER BY a.id DESC LIMIT 1) AS "managerId",
  c.contribution_12m::text AS "contribution12m", c.aum::text AS aum,
  c.last_activity_on AS "lastActivityOn" FROM clients c
  WHERE EXISTS (SELECT 1 FROM current_assignments b WHERE b.client_id = c.id AND b.manager_id = $1)
  ORDER BY c.contribution_12m DESC, c.id ASC
  LIMIT $2`;

const server = createServer(async (_request, response) => {
  try {
    const { rows } = await pool.query(SQL, [Number(MANAGER_ID), 51]);
    const edges = rows
      .slice(0, 50)
      .map(({ id, clientNo, name, contribution12m, aum, lastActivityOn }) => ({
        node: { id, clientNo, name, contribution12m, aum, lastActivityOn },
      }));
    const body = JSON.stringify({
      data: { clients: { edges, pageInfo: { hasNextPage: rows.length > 50 } } },
    });
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(Number(PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
