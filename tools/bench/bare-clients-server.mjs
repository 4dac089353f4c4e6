// The bare baseline for the "My clients" benchmark: node:http + pg running the same SQL
// the API runs for an RM's first page, with no framework, auth or GraphQL.
import { createServer } from 'node:http';
import pg from 'pg';

const { DATABASE_URL, PORT, MANAGER_ID } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 20 });
const SQL = `SELECT c.id::text AS id, c.client_no AS "clientNo", c.name, c.contribution_12m::text AS "contribution12m",
                    c.aum::text AS aum, c.last_activity_on AS "lastActivityOn"
             FROM clients c WHERE c.manager_id = $1
             ORDER BY c.contribution_12m DESC, c.id ASC LIMIT 51`;

const server = createServer(async (request, response) => {
  try {
    const { rows } = await pool.query(SQL, [Number(MANAGER_ID)]);
    const body = JSON.stringify({
      data: {
        clients: {
          edges: rows.slice(0, 50).map((node) => ({ node })),
          hasNextPage: rows.length > 50,
        },
      },
    });
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(Number(PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
