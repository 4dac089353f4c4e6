import type { RankingSettings } from '@corebook/domain';

/** Per-branch Pareto curves have 20 slices (top 5%, 10%, …), the bank-wide one 100 (1%, 2%, …). */
export const BRANCH_SLICES = 20;
export const BANK_SLICES = 100;

/** The table a rebuild writes before it replaces client_figures. */
export const FIGURES_NEXT = 'client_figures_next';

/** The fact_months rows of the 12-month window up to $1, as client_figures_as_of keeps them. */
export const FACTS_LOADED_SQL = `(
  SELECT coalesce(jsonb_agg(jsonb_build_array(month, loaded_at) ORDER BY month), '[]')
  FROM fact_months WHERE month > $1::date - interval '12 months' AND month <= $1::date)`;

/**
 * Each client's figures over the 12 months of facts up to a month (the month close): the
 * sums a run ranks by, which depend on the facts alone. Kept in client_figures for the latest
 * month a run counted and reused by every run of that month until a month in its window is
 * loaded again (fact_months.loaded_at), so re-ranking (new settings, a new effective date in
 * the same month) does not read the facts again (decision 25). Written with CREATE TABLE AS,
 * which may run in parallel where INSERT may not: the facts are summed in two halves of the
 * client ids, one per process (a parallel append), because parallel partial sums would need a
 * final single-process pass over all 2 M clients. Trends are kept as float8: they only decide
 * stages and potential, and converting numeric to float8 per run is slow.
 * Parameters: $1 the last fact month counted, $2 the client id splitting the halves.
 */
export const FIGURES_SQL = (() => {
  const last6 = `f.month > $1::date - interval '6 months'`;
  const contribution = `(f.net_interest_contribution + f.fee_income)`;
  const factSums = (half: string) => `
      SELECT f.client_id,
        sum(${contribution}) AS contribution_12m,
        coalesce(sum(${contribution}) FILTER (WHERE ${last6}), 0) AS value_6m,
        round(avg(f.avg_deposit_balance + f.avg_wealth_balance), 2) AS aum,
        sum(f.transaction_count) AS transactions_12m,
        coalesce(sum(f.transaction_count) FILTER (WHERE ${last6}), 0) AS transactions_6m,
        max(f.last_activity_on) AS last_activity_on
      FROM client_monthly_facts f
      WHERE f.month > $1::date - interval '12 months' AND f.month <= $1::date AND ${half}
      GROUP BY f.client_id`;
  return `
    CREATE UNLOGGED TABLE ${FIGURES_NEXT} AS
    WITH facts AS (${factSums('f.client_id <= $2::bigint')}
      UNION ALL ${factSums('f.client_id > $2::bigint')}
    ), trends AS (
      SELECT f.*, f.value_6m::float8 AS recent, (f.contribution_12m - f.value_6m)::float8 AS previous
      FROM facts f
    )
    SELECT client_id,
      contribution_12m::numeric(18, 2) AS contribution_12m,
      aum::numeric(18, 2) AS aum,
      recent AS value_6m,
      previous AS value_previous_6m,
      transactions_12m::bigint AS transactions_12m,
      transactions_6m::bigint AS transactions_6m,
      (transactions_12m - transactions_6m)::bigint AS transactions_previous_6m,
      last_activity_on,
      CASE WHEN previous > 0 THEN (recent - previous) / previous * 100 END AS growth,
      round((CASE WHEN previous > 0 THEN (recent - previous) / previous * 100 END)::numeric, 2)::numeric(12, 2) AS growth_percent
    FROM trends`;
})();

/** The table a rebuild writes before it replaces client_product_types. */
export const PRODUCT_TYPES_NEXT = 'client_product_types_next';

/**
 * The active product types each client holds, as bits (deposit 1, loan 2, wealth 4, card 8,
 * insurance 16): a hash aggregate of every product, no sort. Kept in client_product_types and
 * reused by later runs until a product is added, removed, closed or moved (decision 28).
 */
export const PRODUCT_TYPES_SQL = `
  CREATE UNLOGGED TABLE ${PRODUCT_TYPES_NEXT} AS
  SELECT client_id, bit_or(CASE product_type WHEN 'DEPOSIT' THEN 1 WHEN 'LOAN' THEN 2
    WHEN 'WEALTH' THEN 4 WHEN 'CARD' THEN 8 ELSE 16 END) AS held
  FROM client_products WHERE status = 'ACTIVE' GROUP BY client_id`;

/**
 * The ranking run as SQL: the rules of libs/domain/src/ranking/rules.ts over a whole bank
 * (decision 12: rank in SQL, not in Node); ranking-run.service.spec.ts checks every client against
 * those functions. Statements, in the run's transaction:
 * 1. valuedSql: every client with its figures (client_figures), the product types it holds
 *    (client_product_types) and what depends on the client alone (value, stage, potential),
 *    gathered in parallel into an unlogged table (temporary tables cannot be read by
 *    parallel workers).
 * 2. scoresSql: recency and frequency scores from small per-value histograms instead of more
 *    sorts.
 * 3. ranksSql: each client's ranks, with one sort per order it needs (bank, branch) on a
 *    narrow bigint key.
 * 4. createSql: the run's rows, joined and classified in parallel by CREATE TABLE AS (an
 *    INSERT … SELECT runs in one process), into a fresh, unindexed table, with each client's
 *    Pareto slices in two extra columns.
 * 5. slicesSql: the Pareto slices and tier counts, read back from the written rows.
 * 6. attachSql: the slice columns dropped, the NOT NULL columns and the run's CHECK in one
 *    pass, the indexes built once, then the table attached as the run's partition; dropSql.
 * Parameters of valuedSql: $1 effective date, then settings; of createSql: the core and tier
 * percents.
 */
/** The table a run writes before it is attached to client_rankings as the run's partition. */
export const partitionOf = (runId: number) => `client_rankings_run_${runId}`;

/**
 * A run of one branch (settings rank each branch on its own): that branch's clients ranked
 * afresh, the other branches' rows carried from the run before, so their core sets, tiers and
 * warnings stay as they were.
 */
export interface BranchRun {
  branchId: number;
  previousRunId: number;
}

export function rankClientsSql(
  settings: RankingSettings,
  runId: number,
  branchRun: BranchRun | null = null,
): {
  valuedSql: string;
  valuedParams: (effectiveOn: string) => unknown[];
  analyzeSql: string;
  scoresSql: string[];
  ranksSql: string[];
  createSql: string;
  createParams: unknown[];
  slicesSql: string;
  attachSql: string[];
  dropSql: string[];
} {
  const partition = partitionOf(runId);
  const valued = `ranking_valued_${runId}`;
  const scores = `ranking_scores_${runId}`;
  const ranks = `ranking_ranks_${runId}`;
  const byBranch = settings.scope === 'BRANCH';
  const scopeKey = byBranch ? 'branch_id' : '0';
  const groupScope = byBranch ? 'branch_id, ' : '';
  // $1 effective date, $2 $3 value weights, $4 $5 exploration and formation months, $6
  // formation growth, $7 $8 decline value and activity drops, $9 $10 potential growth and gaps.
  const valuedSql = `
    CREATE UNLOGGED TABLE ${valued} AS
    WITH figures AS (
      SELECT c.id, c.branch_id, c.opened_on,
        coalesce(f.contribution_12m, 0) AS contribution_12m,
        coalesce(f.aum, 0) AS aum,
        round($2::numeric * coalesce(f.contribution_12m, 0) + $3::numeric * coalesce(f.aum, 0), 2) AS value,
        coalesce(f.value_6m, 0) AS recent, coalesce(f.value_previous_6m, 0) AS previous,
        coalesce(f.transactions_6m, 0) AS recent_transactions,
        coalesce(f.transactions_previous_6m, 0) AS previous_transactions,
        coalesce(f.transactions_12m, 0) AS transactions_12m,
        f.last_activity_on, f.growth, f.growth_percent,
        5 - coalesce((p.held & 1 > 0)::int + (p.held & 2 > 0)::int + (p.held & 4 > 0)::int
          + (p.held & 8 > 0)::int + (p.held & 16 > 0)::int, 0) AS product_gaps
      FROM clients c
      LEFT JOIN client_figures f ON f.client_id = c.id
      LEFT JOIN client_product_types p ON p.client_id = c.id
      WHERE c.opened_on <= $1::date${branchRun ? ' AND c.branch_id = $11::int' : ''}
    ), staged AS (
      SELECT x.*,
        CASE
          -- dropPercent(recent, previous) >= threshold, without a division per client.
          WHEN (x.previous > 0 AND x.recent < x.previous
                AND (x.previous - x.recent) * 100 >= $7::float8 * x.previous)
            OR (x.previous_transactions > 0 AND x.recent_transactions < x.previous_transactions
                AND (x.previous_transactions - x.recent_transactions) * 100 >= $8::float8 * x.previous_transactions)
            THEN 'DECLINE'
          -- Tenure under N months (monthsBetween(opened, effective) < N) as a date comparison.
          WHEN x.opened_on > ($1::date - make_interval(months => $4::int))::date THEN 'EXPLORATION'
          WHEN x.opened_on > ($1::date - make_interval(months => $5::int))::date
            OR x.growth >= $6::float8 THEN 'FORMATION'
          ELSE 'STABLE'
        END AS stage
      FROM figures x
    )
    -- Money in the run's own types, converted here in parallel rather than when written.
    SELECT id, branch_id, contribution_12m::numeric(18, 2) AS contribution_12m,
      aum::numeric(18, 2) AS aum, value::numeric(18, 2) AS value,
      -- The rank sorts compare integers (fen), far cheaper than numeric.
      (value * 100)::bigint AS value_fen,
      -- Days since 2000 (figures of both kinds are integers); no activity sorts first.
      coalesce(last_activity_on - DATE '2000-01-01', -1000000000) AS recency_figure,
      transactions_12m AS frequency_figure,
      growth_percent, product_gaps::smallint AS product_gaps, stage,
      stage <> 'DECLINE' AND (growth >= $9::float8 OR product_gaps >= $10::int) AS potential
    FROM staged`;
  const valuedParams = (effectiveOn: string) => [
    effectiveOn,
    String(settings.contributionWeight),
    String(settings.aumWeight),
    String(settings.explorationMonths),
    String(settings.formationMonths),
    String(settings.formationGrowthPercent),
    String(settings.declineValueDropPercent),
    String(settings.declineActivityDropPercent),
    String(settings.potentialGrowthPercent),
    String(settings.potentialProductGaps),
    ...(branchRun ? [branchRun.branchId] : []),
  ];
  // RFM quintiles from histograms: percent rank = clients of the scope with a smaller figure
  // / (n - 1), worked out once per distinct figure (both figures in one pass), not per client.
  // A small table of its own, analysed, so the ranking statement hashes it (joined as part of
  // the statement, the planner crossed the two histograms with each other: 6 M rows);
  // unlogged, not temporary, so the parallel workers of createSql can read it.
  const scoresSql = `
    CREATE UNLOGGED TABLE ${scores} AS
    SELECT recency, scope_key, figure,
      (CASE WHEN n > 1 THEN least(5, 1 + floor(5 * below / (n - 1))) ELSE 1 END)::smallint AS score
    FROM (
      SELECT recency, scope_key, figure,
        sum(clients) OVER (PARTITION BY recency, scope_key ORDER BY figure) - clients AS below,
        sum(clients) OVER (PARTITION BY recency, scope_key) AS n
      FROM (
        SELECT grouping(frequency_figure) = 1 AS recency, ${scopeKey} AS scope_key,
          CASE WHEN grouping(frequency_figure) = 1 THEN recency_figure ELSE frequency_figure END AS figure,
          count(*) AS clients
        FROM ${valued} GROUP BY GROUPING SETS ((${groupScope}recency_figure), (${groupScope}frequency_figure))
      ) histogram
    ) ranked_figures`;
  // Sorted narrow (id and value only), then joined back: wide rows would spill to disk. The
  // ranks as int, the type the run's rows keep them in. The planner sorts the first order in
  // parallel (3.1 s instead of 4.7 s at 2 M clients) only when told parallel rows cost nothing.
  // A branch scope also needs the bank-wide order, for the bank's Pareto slices.
  const rankIn = (partition: string) =>
    `(row_number() OVER (${partition}ORDER BY value_fen DESC, id))::int`;
  const ranksSql = `
    CREATE UNLOGGED TABLE ${ranks} AS
    SELECT id, ${rankIn('PARTITION BY branch_id ')} AS branch_rank,
      ${byBranch ? `${rankIn('PARTITION BY branch_id ')} AS value_rank, ${rankIn('')} AS bank_rank` : `${rankIn('')} AS value_rank`}
    FROM ${valued}`;
  // Each client's Pareto slice in its branch and in the bank, ceil(k * rank / n) in integers
  // ((k * rank + n - 1) / n; numeric is slow): written with the run's rows, so the slices are
  // plain columns the Pareto sums group by in parallel, and dropped before the attach.
  const branchSize = byBranch ? 'c.scope_size' : 's.n';
  const bankSize = byBranch ? 't.n' : 'c.scope_size';
  const bankRank = byBranch ? 'n.bank_rank' : 'n.value_rank';
  // The columns of client_rankings, in its order and types, so the table can be attached.
  const createSql = `
    CREATE TABLE ${partition} AS
    WITH cutoffs AS (
      -- Each scope's size (counted here, not by a window over all rows, which would keep them
      -- all in memory), and how many of its clients are core, platinum, gold, silver
      -- (topCount), as bigint so each client's rank is compared without a conversion.
      SELECT ${scopeKey} AS scope_key, count(*)::int AS scope_size,
        ceil(count(*) * $1::numeric / 100)::bigint AS core_cut,
        ceil(count(*) * $2::numeric / 100)::bigint AS platinum_cut,
        ceil(count(*) * $3::numeric / 100)::bigint AS gold_cut,
        ceil(count(*) * $4::numeric / 100)::bigint AS silver_cut
      FROM ${valued} GROUP BY 1
    ), ${byBranch ? `bank_size AS (SELECT count(*) AS n FROM ${valued})` : `branch_sizes AS (SELECT branch_id, count(*) AS n FROM ${valued} GROUP BY branch_id)`}
    SELECT ${runId} AS run_id, v.id AS client_id, v.branch_id, v.contribution_12m, v.aum, v.value,
      n.value_rank, c.scope_size, n.branch_rank,
      n.value_rank <= c.core_cut AS core,
      CASE WHEN n.value_rank <= c.platinum_cut THEN 'PLATINUM' WHEN n.value_rank <= c.gold_cut THEN 'GOLD'
        WHEN n.value_rank <= c.silver_cut THEN 'SILVER' ELSE 'BRONZE' END AS tier,
      rc.score AS recency_score, fr.score AS frequency_score,
      -- monetaryPercentRank in whole numbers: floor(5 (n - rank) / (n - 1)) + 1.
      (CASE WHEN c.scope_size > 1 THEN least(5, 1 + (5 * (c.scope_size - n.value_rank)) / (c.scope_size - 1)) ELSE 1 END)::smallint
        AS monetary_score,
      v.growth_percent, v.product_gaps, v.stage AS lifecycle_stage,
      CASE WHEN n.value_rank <= c.core_cut THEN CASE WHEN v.potential THEN 'STRATEGIC' ELSE 'MAINTAIN' END
        ELSE CASE WHEN v.potential THEN 'DEVELOP' ELSE 'BASIC' END END AS matrix_cell,
      ((${BRANCH_SLICES}::bigint * n.branch_rank + ${branchSize} - 1) / ${branchSize})::int AS branch_slice,
      ${branchRun ? 'NULL::int' : `((${BANK_SLICES}::bigint * ${bankRank} + ${bankSize} - 1) / ${bankSize})::int`} AS bank_slice
    FROM ${valued} v
    JOIN ${ranks} n ON n.id = v.id
    JOIN cutoffs c ON c.scope_key = ${byBranch ? 'v.branch_id' : '0'}
    ${byBranch ? 'CROSS JOIN bank_size t' : 'JOIN branch_sizes s ON s.branch_id = v.branch_id'}
    JOIN ${scores} rc ON rc.recency AND rc.scope_key = ${byBranch ? 'v.branch_id' : '0'}
      AND rc.figure = v.recency_figure
    JOIN ${scores} fr ON NOT fr.recency AND fr.scope_key = ${byBranch ? 'v.branch_id' : '0'}
      AND fr.figure = v.frequency_figure${
        branchRun
          ? `
    UNION ALL
    -- The other branches as the run before ranked them (by branch: rank n of scope_size).
    SELECT ${runId}, client_id, branch_id, contribution_12m, aum, value, value_rank, scope_size,
      branch_rank, core, tier, recency_score, frequency_score, monetary_score, growth_percent,
      product_gaps, lifecycle_stage, matrix_cell,
      ((${BRANCH_SLICES}::bigint * branch_rank + scope_size - 1) / scope_size)::int,
      NULL::int
    FROM client_rankings WHERE run_id = ${branchRun.previousRunId} AND branch_id <> $5::int`
          : ''
      }`;
  const slicesSql = `
    SELECT 'BRANCH' AS kind, branch_id AS "branchId", branch_slice AS slice, NULL AS tier,
      sum(value)::text AS value, count(*)::int AS clients, count(*) FILTER (WHERE core)::int AS core,
      coalesce(sum(value) FILTER (WHERE core), 0)::text AS "coreValue"
    FROM ${partition} GROUP BY branch_id, branch_slice
    UNION ALL
    SELECT 'BANK', NULL, bank_slice, NULL, sum(value)::text, count(*)::int, 0, '0'
    FROM ${
      branchRun
        ? // Carried rows have no bank rank: the bank's order is sorted once over all rows.
          `(SELECT value, ((${BANK_SLICES}::bigint * row_number() OVER (ORDER BY value DESC, client_id)
              + count(*) OVER () - 1) / count(*) OVER ())::int AS bank_slice FROM ${partition}) bank`
        : partition
    } GROUP BY bank_slice
    UNION ALL
    SELECT 'TIER', NULL, NULL, tier, '0', count(*)::int, 0, '0' FROM ${partition} GROUP BY tier`;
  // The run's rows are written unindexed and indexed once, far cheaper than index upkeep per
  // row. One ALTER checks the NOT NULL columns ATTACH requires and the CHECK that lets ATTACH
  // skip its own scan, in a single pass; the indexes match the parent's.
  const notNull = [
    'run_id',
    'client_id',
    'branch_id',
    'contribution_12m',
    'aum',
    'value',
    'value_rank',
    'scope_size',
    'branch_rank',
    'core',
    'tier',
    'recency_score',
    'frequency_score',
    'monetary_score',
    'product_gaps',
    'lifecycle_stage',
    'matrix_cell',
  ];
  const attachSql = [
    `ALTER TABLE ${partition} DROP COLUMN branch_slice, DROP COLUMN bank_slice`,
    `ALTER TABLE ${partition} ADD CONSTRAINT ${partition}_run CHECK (run_id = ${runId}), ${notNull
      .map((column) => `ALTER ${column} SET NOT NULL`)
      .join(', ')}`,
    `ALTER TABLE ${partition} ADD PRIMARY KEY (run_id, client_id)`,
    `CREATE INDEX ${partition}_core_idx ON ${partition} (run_id, branch_id, client_id) WHERE core`,
    `ALTER TABLE client_rankings ATTACH PARTITION ${partition} FOR VALUES IN (${runId})`,
  ];
  const dropSql = [valued, scores, ranks].map((table) => `DROP TABLE ${table}`);
  return {
    valuedSql,
    valuedParams,
    analyzeSql: `ANALYZE ${valued}`,
    scoresSql: [scoresSql, `ANALYZE ${scores}`],
    ranksSql: [
      `SET LOCAL parallel_setup_cost = 0`,
      `SET LOCAL parallel_tuple_cost = 0`,
      ranksSql,
      `SET LOCAL parallel_setup_cost TO DEFAULT`,
      `SET LOCAL parallel_tuple_cost TO DEFAULT`,
    ],
    createSql,
    createParams: [
      ...[
        settings.corePercent,
        settings.platinumPercent,
        settings.goldPercent,
        settings.silverPercent,
      ].map(String),
      ...(branchRun ? [branchRun.branchId] : []),
    ],
    slicesSql,
    attachSql,
    dropSql,
  };
}

export interface RankingSlice {
  kind: 'BRANCH' | 'BANK' | 'TIER';
  branchId: number | null;
  slice: number | null;
  tier: string | null;
  value: string;
  clients: number;
  core: number;
  coreValue: string;
}

/** Core clients that entered and left the core set since the previous run. */
export const CORE_CHANGE_COUNTS_SQL = `
  SELECT count(*) FILTER (WHERE p.client_id IS NULL)::int AS entered,
         count(*) FILTER (WHERE n.client_id IS NULL)::int AS left
  FROM (SELECT client_id FROM client_rankings WHERE run_id = $1 AND core) n
  FULL JOIN (SELECT client_id FROM client_rankings WHERE run_id = $2 AND core) p USING (client_id)`;

/** A core client entering decline warns its RM and branch head (entersDecline in the domain). */
export const EARLY_WARNINGS_SQL = `
  INSERT INTO early_warnings (kind, run_id, client_id, branch_id, manager_id)
  SELECT 'CORE_CLIENT_DECLINE', n.run_id, n.client_id, n.branch_id, (SELECT b.manager_id FROM current_assignments b WHERE b.client_id = n.client_id)
  FROM client_rankings n
  LEFT JOIN client_rankings p ON p.run_id = $2 AND p.client_id = n.client_id
  WHERE n.run_id = $1 AND n.core AND n.lifecycle_stage = 'DECLINE'
    AND p.lifecycle_stage IS DISTINCT FROM 'DECLINE'`;
