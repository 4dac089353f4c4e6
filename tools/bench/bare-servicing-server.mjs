// The physical anchors of the servicing benchmark (tools/bench/servicing.mjs): node:http + pg,
// no framework, auth, GraphQL, access check or audit.
//   GET /queue     one RM's revisit queue, first page and counts, read from bench_revisit_queue:
//                  the RM's queue rows already picked, with the client's name and value, under
//                  an index in the page's order (the suite builds it), in one statement
//   POST /contact  a contact logged: the row inserted and the client's last contact and due
//                  date updated, in one transaction
import { createServer } from 'node:http';
import pg from 'pg';

pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
const { DATABASE_URL, PORT, MANAGER_ID, TODAY, HORIZON, CYCLE_DAYS } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 20 });

const QUEUE_SQL = `
  WITH mine AS MATERIALIZED (
    SELECT client_id, client_no, name, tier, due_on, last_contact_on, planned_on, value
    FROM bench_revisit_queue WHERE manager_id = $1)
  SELECT p.*, c.overdue, c.due_soon, c.total
  FROM (SELECT * FROM mine ORDER BY due_on ASC NULLS LAST, value DESC NULLS LAST, client_id LIMIT $4) p
  CROSS JOIN (SELECT count(*) FILTER (WHERE due_on < $2::date)::int AS overdue,
                     count(*) FILTER (WHERE due_on BETWEEN $2::date AND $3::date)::int AS due_soon,
                     count(*)::int AS total FROM mine) c
  ORDER BY p.due_on ASC NULLS LAST, p.value DESC NULLS LAST, p.client_id`;

async function queue() {
  const { rows } = await pool.query(QUEUE_SQL, [Number(MANAGER_ID), TODAY, HORIZON, 21]);
  const day = (on) => Date.parse(`${on}T00:00:00Z`) / 86_400_000;
  const edges = rows.slice(0, 20).map((row) => ({
    node: {
      reason: row.due_on < TODAY ? 'OVERDUE' : row.due_on <= HORIZON ? 'DUE_SOON' : 'PLANNED',
      tier: row.tier,
      dueOn: row.due_on,
      daysOverdue: row.due_on === null ? null : day(TODAY) - day(row.due_on),
      lastContactOn: row.last_contact_on,
      plannedOn: row.planned_on,
      client: { id: row.client_id, clientNo: row.client_no, name: row.name },
    },
  }));
  const counts = rows[0] ?? { overdue: 0, due_soon: 0, total: 0 };
  return {
    data: {
      revisitQueue: {
        overdueCount: counts.overdue,
        dueSoonCount: counts.due_soon,
        totalCount: counts.total,
        pageInfo: { hasNextPage: rows.length > 20 },
        edges,
      },
    },
  };
}

async function contact(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  const { clientId, userId, managerId, occurredAt, occurredOn } = JSON.parse(text);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(
      `INSERT INTO contacts (client_id, author_id, manager_id, status, type, purpose, occurred_at, occurred_on,
         logged_on, outcome, notes, next_step)
       VALUES ($1, $2, $3, 'DONE', 'VISIT', 'PERIODIC_REVIEW', $4, $5, $6, 'POSITIVE', 'Bench visit', '')
       RETURNING id::text AS id`,
      [clientId, userId, managerId, occurredAt, occurredOn, TODAY],
    );
    await client.query(
      `UPDATE client_cycles SET last_contact_on = $2, due_on = $2::date + ($3::jsonb ->> tier)::int, updated_at = now()
       WHERE client_id = $1`,
      [clientId, occurredOn, CYCLE_DAYS],
    );
    await client.query('COMMIT');
    return { data: { logContact: { id: rows[0].id, status: 'DONE' } } };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer(async (request, response) => {
  try {
    const body = request.method === 'POST' ? await contact(request) : await queue();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(Number(PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
