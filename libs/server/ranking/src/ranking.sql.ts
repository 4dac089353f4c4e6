import type { RankingSettings } from '@corebook/domain';

/** Per-branch Pareto curves have 20 slices (top 5%, 10%, …), the bank-wide one 100 (1%, 2%, …). */
export const BRANCH_SLICES = 20;
export const BANK_SLICES = 100;

/**
 * The ranking run as SQL: the rules of libs/domain/src/ranking/rules.ts over a whole bank in
 * one statement (DESIGN.md: rank in SQL, not in Node); ranking.service.spec.ts checks every
 * client against those functions. It reads the last 12 months of facts once, ranks by value
 * with one sort per order it needs (bank, branch), scores recency and frequency from small
 * per-value histograms instead of more sorts, writes client_rankings and answers the
 * Pareto slices and tier counts from the written rows, so nothing is read twice.
 * Parameters: $1 run id, $2 effective date, then the settings (valuedSql runs first).
 */
/** The table a run writes before it is attached to client_rankings as the run's partition. */
export const partitionOf = (runId: number) => `client_rankings_run_${runId}`;

export function rankClientsSql(
  settings: RankingSettings,
  runId: number,
): {
  valuedSql: string;
  valuedParams: (lastFactMonth: string, effectiveOn: string, middleClientId: string) => unknown[];
  createSql: string;
  sql: string;
  settingParams: unknown[];
  attachSql: string[];
} {
  const settingParams = [
    settings.corePercent, // $3
    settings.platinumPercent, // $4
    settings.goldPercent, // $5
    settings.silverPercent, // $6
    settings.explorationMonths, // $7
    settings.formationMonths, // $8
    settings.formationGrowthPercent, // $9
    settings.declineValueDropPercent, // $10
    settings.declineActivityDropPercent, // $11
    settings.potentialGrowthPercent, // $12
    settings.potentialProductGaps, // $13
  ].map(String);
  const partition = partitionOf(runId);
  const byBranch = settings.scope === 'BRANCH';
  const scope = byBranch ? 'PARTITION BY branch_id' : '';
  const scopeKey = byBranch ? 'branch_id' : '0';
  const last6 = `f.month > $1::date - interval '6 months'`;
  const contribution = `(f.net_interest_contribution + f.fee_income)`;
  // RFM quintile from a histogram: percent rank = clients of the scope with a smaller figure
  // / (n - 1), worked out once per distinct figure, not per client. Joined back by equality
  // (hashable), so a missing last activity counts as -infinity.
  const histogram = (column: string) => `
    SELECT scope_key, figure,
      (CASE WHEN n > 1 THEN least(5, 1 + floor(5 * below / (n - 1))) ELSE 1 END)::smallint AS score
    FROM (
      SELECT ${scopeKey} AS scope_key, ${column} AS figure,
        sum(count(*)) OVER (PARTITION BY ${scopeKey} ORDER BY ${column}) - count(*) AS below,
        sum(count(*)) OVER (PARTITION BY ${scopeKey}) AS n
      FROM valued GROUP BY 1, 2
    ) h`;
  // A statement that writes cannot use a parallel plan, but CREATE TABLE AS can: everything
  // read per client (the last 12 months of facts, the client, its products) is gathered in
  // parallel first. The facts are summed in two halves of the client ids, one per process
  // (a parallel append): parallel partial sums would need a final single-process pass over
  // all 2 M clients. Parameters: $1 last fact month counted, $2 effective date, $3 and $4
  // the value weights, $5 the client id splitting the halves.
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
  const valuedSql = `
    CREATE TEMP TABLE ranking_valued ON COMMIT DROP AS
    WITH facts AS (${factSums('f.client_id <= $5::bigint')}
      UNION ALL ${factSums('f.client_id > $5::bigint')}
    ), products AS (
      -- Product types held, as bits: a hash aggregate, no sort.
      SELECT client_id, bit_or(CASE product_type WHEN 'DEPOSIT' THEN 1 WHEN 'LOAN' THEN 2
        WHEN 'WEALTH' THEN 4 WHEN 'CARD' THEN 8 ELSE 16 END) AS held
      FROM client_products WHERE status = 'ACTIVE' GROUP BY client_id
    )
    SELECT c.id, c.branch_id,
      coalesce(f.contribution_12m, 0) AS contribution_12m,
      coalesce(f.aum, 0) AS aum,
      round($3::numeric * coalesce(f.contribution_12m, 0) + $4::numeric * coalesce(f.aum, 0), 2) AS value,
      -- Trends only decide stages and potential: float arithmetic is exact enough and cheap.
      coalesce(f.value_6m, 0)::float8 AS value_6m,
      coalesce(f.contribution_12m - f.value_6m, 0)::float8 AS value_previous_6m,
      coalesce(f.transactions_12m, 0) AS transactions_12m,
      coalesce(f.transactions_6m, 0) AS transactions_6m,
      coalesce(f.transactions_12m - f.transactions_6m, 0) AS transactions_previous_6m,
      f.last_activity_on,
      5 - coalesce((p.held & 1 > 0)::int + (p.held & 2 > 0)::int + (p.held & 4 > 0)::int
        + (p.held & 8 > 0)::int + (p.held & 16 > 0)::int, 0) AS product_gaps,
      c.opened_on
    FROM clients c
    LEFT JOIN facts f ON f.client_id = c.id
    LEFT JOIN products p ON p.client_id = c.id
    WHERE c.opened_on <= $2::date`;
  const valuedParams = (lastFactMonth: string, effectiveOn: string, middleClientId: string) => [
    lastFactMonth,
    effectiveOn,
    String(settings.contributionWeight),
    String(settings.aumWeight),
    middleClientId,
  ];
  const sql = `
    WITH valued AS NOT MATERIALIZED (
      SELECT * FROM ranking_valued
    ), recency AS (${histogram("coalesce(last_activity_on, '-infinity'::date)")}
    ), frequency AS (${histogram('transactions_12m')}
    ), ranks AS (
      -- Sorted narrow (id and value only), then joined back: wide rows would spill to disk.
      SELECT v.id,
        row_number() OVER (PARTITION BY v.branch_id ORDER BY v.value DESC, v.id) AS branch_rank,
        count(*) OVER (PARTITION BY v.branch_id) AS branch_size,
        ${byBranch ? 'row_number() OVER (PARTITION BY v.branch_id ORDER BY v.value DESC, v.id)' : 'row_number() OVER (ORDER BY v.value DESC, v.id)'} AS value_rank,
        count(*) OVER (${scope}) AS scope_size
      FROM (SELECT id, branch_id, value FROM valued) v
    ), cutoffs AS (
      -- How many clients of each scope are core, platinum, gold, silver (topCount).
      SELECT ${scopeKey} AS scope_key,
        -- As bigint, so each client's rank is compared without a conversion to numeric.
        ceil(count(*) * $3::numeric / 100)::bigint AS core_cut, ceil(count(*) * $4::numeric / 100)::bigint AS platinum_cut,
        ceil(count(*) * $5::numeric / 100)::bigint AS gold_cut, ceil(count(*) * $6::numeric / 100)::bigint AS silver_cut
      FROM valued GROUP BY 1
    ), ranked AS (
      SELECT v.*, n.branch_rank, n.branch_size, n.value_rank, n.scope_size,
        n.value_rank <= c.core_cut AS core,
        CASE WHEN n.value_rank <= c.platinum_cut THEN 'PLATINUM' WHEN n.value_rank <= c.gold_cut THEN 'GOLD'
          WHEN n.value_rank <= c.silver_cut THEN 'SILVER' ELSE 'BRONZE' END AS tier,
        CASE WHEN v.value_previous_6m > 0
          THEN (v.value_6m - v.value_previous_6m) / v.value_previous_6m * 100 END AS growth,
        -- Tenure under N months (monthsBetween(opened, effective) < N) as a date comparison.
        v.opened_on > ($2::date - make_interval(months => $7::int))::date AS exploring,
        v.opened_on > ($2::date - make_interval(months => $8::int))::date AS forming
      FROM valued v JOIN ranks n ON n.id = v.id JOIN cutoffs c ON c.scope_key = ${byBranch ? 'v.branch_id' : '0'}
    ), classified AS (
      SELECT r.*,
        CASE
          -- dropPercent(recent, previous) >= threshold, without a division per client.
          WHEN (r.value_previous_6m > 0 AND r.value_6m < r.value_previous_6m
                AND (r.value_previous_6m - r.value_6m) * 100 >= $10::float8 * r.value_previous_6m)
            OR (r.transactions_previous_6m > 0 AND r.transactions_6m < r.transactions_previous_6m
                AND (r.transactions_previous_6m - r.transactions_6m) * 100 >= $11::float8 * r.transactions_previous_6m)
            THEN 'DECLINE'
          WHEN r.exploring THEN 'EXPLORATION'
          WHEN r.forming OR r.growth >= $9::float8 THEN 'FORMATION'
          ELSE 'STABLE'
        END AS stage
      FROM ranked r
    ), inserted AS (
      INSERT INTO ${partition} (run_id, client_id, branch_id, contribution_12m, aum, value, value_rank, scope_size,
        branch_rank, core, tier, recency_score, frequency_score, monetary_score, growth_percent, product_gaps,
        lifecycle_stage, matrix_cell)
      SELECT $1, k.id, k.branch_id, k.contribution_12m, k.aum, k.value, k.value_rank, k.scope_size, k.branch_rank, k.core,
        k.tier, rc.score, fr.score,
        -- monetaryPercentRank in whole numbers: floor(5 (n - rank) / (n - 1)) + 1.
        CASE WHEN k.scope_size > 1 THEN least(5, 1 + (5 * (k.scope_size - k.value_rank)) / (k.scope_size - 1)) ELSE 1 END,
        round(k.growth::numeric, 2), k.product_gaps, k.stage,
        CASE WHEN k.stage <> 'DECLINE' AND (k.growth >= $12::float8 OR k.product_gaps >= $13::int)
          THEN CASE WHEN k.core THEN 'STRATEGIC' ELSE 'DEVELOP' END
          ELSE CASE WHEN k.core THEN 'MAINTAIN' ELSE 'BASIC' END
        END
      FROM classified k
      JOIN recency rc ON rc.scope_key = ${byBranch ? 'k.branch_id' : '0'} AND rc.figure = coalesce(k.last_activity_on, '-infinity'::date)
      JOIN frequency fr ON fr.scope_key = ${byBranch ? 'k.branch_id' : '0'} AND fr.figure = k.transactions_12m
      RETURNING client_id, branch_id, value, core, tier, branch_rank, ${byBranch ? 'NULL::bigint' : 'value_rank'} AS bank_rank
    ), sizes AS (
      SELECT branch_id, count(*) AS n FROM inserted GROUP BY branch_id
    ), total AS (
      SELECT count(*) AS n FROM inserted
    ), bank_ranked AS (
      SELECT i.value, ${byBranch ? 'row_number() OVER (ORDER BY i.value DESC, i.client_id)' : 'i.bank_rank'} AS bank_order
      FROM inserted i
    )
    SELECT 'BRANCH' AS kind, i.branch_id AS "branchId", ceil(${BRANCH_SLICES}.0 * i.branch_rank / s.n)::int AS slice,
      NULL AS tier, sum(i.value)::text AS value, count(*)::int AS clients, count(*) FILTER (WHERE i.core)::int AS core,
      coalesce(sum(i.value) FILTER (WHERE i.core), 0)::text AS "coreValue"
    FROM inserted i JOIN sizes s USING (branch_id)
    GROUP BY i.branch_id, 3
    UNION ALL
    SELECT 'BANK', NULL, ceil(${BANK_SLICES}.0 * b.bank_order / t.n)::int, NULL, sum(b.value)::text, count(*)::int, 0, '0'
    FROM bank_ranked b CROSS JOIN total t GROUP BY 3
    UNION ALL
    SELECT 'TIER', NULL, NULL, tier, '0', count(*)::int, 0, '0' FROM inserted GROUP BY tier`;
  // The run's rows are written unindexed and indexed once, far cheaper than index upkeep per
  // row; the CHECK lets ATTACH skip its validation scan, and the indexes match the parent's.
  const createSql = `CREATE TABLE ${partition} (LIKE client_rankings INCLUDING DEFAULTS)`;
  const attachSql = [
    `ALTER TABLE ${partition} ADD CONSTRAINT ${partition}_run CHECK (run_id = ${runId})`,
    `ALTER TABLE ${partition} ADD PRIMARY KEY (run_id, client_id)`,
    `CREATE INDEX ${partition}_core_idx ON ${partition} (run_id, branch_id, client_id) WHERE core`,
    `ALTER TABLE client_rankings ATTACH PARTITION ${partition} FOR VALUES IN (${runId})`,
  ];
  return { valuedSql, valuedParams, createSql, sql, settingParams, attachSql };
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
  SELECT 'CORE_CLIENT_DECLINE', n.run_id, n.client_id, n.branch_id, c.manager_id
  FROM client_rankings n
  JOIN clients c ON c.id = n.client_id
  LEFT JOIN client_rankings p ON p.run_id = $2 AND p.client_id = n.client_id
  WHERE n.run_id = $1 AND n.core AND n.lifecycle_stage = 'DECLINE'
    AND p.lifecycle_stage IS DISTINCT FROM 'DECLINE'`;
