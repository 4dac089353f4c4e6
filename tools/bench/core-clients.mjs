// The core-clients benchmark (issue 3), at the bank `npm run bench` seeded (mid: 2,000,000
// clients, 3,000 RMs, 300 branches). Each step goes through GraphQL as admin, next to a bare
// baseline on the same PostgreSQL in the same run:
//   ranking run        vs the single SQL statement computing 12-month value and percent_rank
//                         over all clients (same work_mem as the run); the month's first run,
//                         which sums the facts into client_figures and counts the product types,
//                         once; the re-run, which reuses both (decisions 25, 28), in RANKING_PAIRS
//                         (default 3) alternating pairs with the baseline, reported as the
//                         median of the pairs' ratios, since this machine's baseline swings by
//                         half between minutes
//   bank-wide plan     (the solver's own time is reported by the plan: statistics.solverMs)
//   apply              vs a bulk COPY of the rows the apply writes into client_assignments
//                         itself (rolled back): what writing them durably costs, the target's
//                         baseline (decision 29); and, as before, vs a COPY of as many rows into
//                         an empty temporary table shaped and indexed like client_assignments
//                         (no WAL)
// Afterwards the bank is put back as it was (the plan's changes undone, the runs deleted, the
// clients' cycles as they were), so every bench run measures the same work.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { deleteRuns, keepCycles, restoreCycles } from './bank-state.mjs';

const seconds = (ms) => (ms / 1000).toFixed(1);
const PAIRS = Math.max(1, Number(process.env.RANKING_PAIRS ?? 3));

async function timed(work) {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

function graphql(apiUrl, token) {
  return async (query, variables = {}) => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data;
  };
}

export async function runCoreClientsBench({ apiUrl, databaseUrl, token }) {
  const call = graphql(apiUrl, token);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [{ last }] = (await db.query(`SELECT max(month)::text AS last FROM fact_months`)).rows;
    const cycles = await keepCycles(db);
    const [{ clients }] = (await db.query('SELECT count(*)::int AS clients FROM clients')).rows;
    console.log(`\nCore clients: ${clients.toLocaleString('en-US')} clients, facts up to ${last}`);

    const bareStatement = async () => {
      await db.query(`SET work_mem = '256MB'`);
      await db.query(
        `SELECT sum(pr) FROM (
           SELECT client_id, percent_rank() OVER (ORDER BY value DESC) AS pr FROM (
             SELECT client_id, sum(net_interest_contribution + fee_income) AS value
             FROM client_monthly_facts
             WHERE month > $1::date - interval '12 months' AND month <= $1::date
             GROUP BY client_id) v) r`,
        [last],
      );
      await db.query('RESET work_mem');
    };
    const rank = () =>
      call('mutation { runCoreRanking { id coreCount coreValueShare enteredCore earlyWarnings } }');
    // The month's first run rebuilds the per-client figures and product types; forget them so
    // it does.
    await db.query('DELETE FROM client_figures_as_of');
    await db.query('DELETE FROM client_product_types_as_of');
    const firstRanking = await timed(rank);
    const pairs = [];
    for (let k = 0; k < PAIRS; k++) {
      const bare = await timed(bareStatement);
      const rerun = await timed(rank);
      pairs.push({ bare, rerun, ratio: rerun.ms / bare.ms });
    }
    const median = [...pairs].sort((a, b) => a.ratio - b.ratio)[Math.floor(PAIRS / 2)];
    const bareRanking = median.bare;
    const ranking = median.rerun;
    const run = ranking.result.runCoreRanking;

    const planning = await timed(() =>
      call(
        `mutation { planAssignment(branchId: null) { id status statistics { clients keeps assigns moves releases unplaced balanceMoves keptShare maxMeanWorkloadRatio workloadLowerBoundRatio solverMs } } }`,
      ),
    );
    const plan = planning.result.planAssignment;
    // The log rows the apply writes: one per client whose RM changes.
    const changes = (
      await db.query(
        `SELECT client_id, to_manager_id, branch_id FROM assignment_plan_items
         WHERE plan_id = $1 AND to_manager_id IS DISTINCT FROM from_manager_id ORDER BY client_id`,
        [plan.id],
      )
    ).rows;

    const bareCopy = await timed(async () => {
      await db.query('BEGIN');
      await db.query(
        `CREATE TEMP TABLE bench_assignments (LIKE client_assignments INCLUDING DEFAULTS INCLUDING INDEXES) ON COMMIT DROP`,
      );
      const now = new Date().toISOString();
      await copyLines(
        db,
        'COPY bench_assignments (id, client_id, manager_id, branch_id, started_at, start_reason) FROM STDIN',
        changes.length,
        (k) => `${k + 1}\t${k + 1}\t1\t1\t${now}\tBALANCE\n`,
      );
      await db.query('COMMIT');
    });
    // The same rows COPYed into the log itself and rolled back.
    const bareLogCopy = await timed(async () => {
      await db.query('BEGIN');
      const now = new Date().toISOString();
      await copyLines(
        db,
        'COPY client_assignments (client_id, manager_id, branch_id, started_at, start_reason) FROM STDIN',
        changes.length,
        (k) => {
          const c = changes[k];
          return `${c.client_id}\t${c.to_manager_id ?? '\\N'}\t${c.branch_id}\t${now}\tBALANCE\n`;
        },
      );
      await db.query('ROLLBACK');
    });
    // The rolled-back rows would leave dead index entries in the apply's way.
    await db.query('VACUUM client_assignments');
    const applying = await timed(() =>
      call(`mutation ($id: Int!) { applyAssignmentPlan(planId: $id) { id status } }`, {
        id: Number(plan.id),
      }),
    );

    const s = plan.statistics;
    console.log(
      '\n| step | Corebook | bare baseline | ratio | target |\n| --- | --- | --- | --- | --- |',
    );
    const ratio = (ms) => `${(ms / bareRanking.ms).toFixed(2)}x`;
    console.log(
      `| ranking run, the month's first (sums the facts, counts product types) | ${seconds(firstRanking.ms)} s | ${seconds(bareRanking.ms)} s (value + percent_rank SQL) | ${ratio(firstRanking.ms)} | - |`,
    );
    console.log(
      `| ranking run (${run.coreCount.toLocaleString('en-US')} core; figures and product types reused), median of ${PAIRS} pairs | ${seconds(ranking.ms)} s | ${seconds(bareRanking.ms)} s (value + percent_rank SQL) | ${ratio(ranking.ms)} | <= 1.5x |`,
    );
    console.log(
      `| bank-wide plan (${s.clients.toLocaleString('en-US')} items) | ${seconds(planning.ms)} s, solver ${s.solverMs} ms | - | - | solver < 2 s |`,
    );
    const rows = changes.length.toLocaleString('en-US');
    console.log(
      `| apply (${rows} log rows) | ${seconds(applying.ms)} s | ${seconds(bareLogCopy.ms)} s (COPY ${rows} rows into client_assignments) | ${(applying.ms / bareLogCopy.ms).toFixed(2)}x | <= 2x |`,
    );
    console.log(
      `| apply (${rows} log rows) | ${seconds(applying.ms)} s | ${seconds(bareCopy.ms)} s (COPY ${rows} rows into an empty temporary table, no WAL) | ${(applying.ms / bareCopy.ms).toFixed(2)}x | - |`,
    );
    console.log(
      `\nplan: ${s.keeps} keep, ${s.assigns} assign, ${s.moves} move (${s.balanceMoves} for balance), ${s.releases} release, ${s.unplaced} unplaced; kept share ${(s.keptShare * 100).toFixed(1)}%, worst branch max/mean workload ${s.maxMeanWorkloadRatio.toFixed(3)} (lower bound ${s.workloadLowerBoundRatio.toFixed(3)}); core value share ${(run.coreValueShare * 100).toFixed(1)}%`,
    );

    console.log(
      `ranking re-run pairs (baseline, re-run, ratio): ${pairs.map((p) => `${seconds(p.bare.ms)} s, ${seconds(p.rerun.ms)} s, ${p.ratio.toFixed(2)}x`).join('; ')}`,
    );

    await restore(db, Number(plan.id), [
      Number(firstRanking.result.runCoreRanking.id),
      ...pairs.map((p) => Number(p.rerun.result.runCoreRanking.id)),
    ]);
    await restoreCycles(db, cycles);
  } finally {
    await db.end();
  }
}

/** COPY `count` lines made by `line(k)`, streamed in chunks of 5,000. */
async function copyLines(db, sql, count, line) {
  function* chunks() {
    for (let start = 0; start < count; start += 5000) {
      let chunk = '';
      for (let k = start; k < Math.min(count, start + 5000); k++) chunk += line(k);
      yield chunk;
    }
  }
  await pipeline(Readable.from(chunks()), db.query(copyFrom(sql)));
}

/** Undo the bench's plan and delete its runs, so the next bench run measures the same work. */
async function restore(db, planId, runIds) {
  await db.query('BEGIN');
  // The apply's rows are the whole change to the books (decision 27).
  await db.query(`DELETE FROM client_assignments WHERE plan_id = $1`, [planId]);
  await db.query(`DELETE FROM assignment_plan_items WHERE plan_id = $1`, [planId]);
  await db.query(`DELETE FROM assignment_plans WHERE ranking_run_id = ANY($1)`, [runIds]);
  await deleteRuns(db, runIds);
  await db.query('COMMIT');
}
