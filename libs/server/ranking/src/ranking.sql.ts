import type { RankingSettings } from '@corebook/domain';

/**
 * The ranking run as SQL: the rules of libs/domain/src/ranking/rules.ts over a whole bank in
 * one statement (DESIGN.md: rank in SQL, not in Node). ranking.sql.spec.ts checks every
 * client's result against those functions. Parameters, in order:
 *   $1 run id, $2 effective date, $3 last fact month counted; the settings follow ($4…).
 */
export function rankClientsSql(settings: RankingSettings): {
  sql: string;
  settingParams: unknown[];
} {
  const settingParams = [
    settings.contributionWeight, // $4
    settings.aumWeight, // $5
    settings.corePercent, // $6
    settings.platinumPercent, // $7
    settings.goldPercent, // $8
    settings.silverPercent, // $9
    settings.explorationMonths, // $10
    settings.formationMonths, // $11
    settings.formationGrowthPercent, // $12
    settings.declineValueDropPercent, // $13
    settings.declineActivityDropPercent, // $14
    settings.potentialGrowthPercent, // $15
    settings.potentialProductGaps, // $16
  ].map(String);
  const scope = settings.scope === 'BRANCH' ? 'PARTITION BY branch_id' : '';
  // Month windows, relative to the last counted month $3: the last 12 (value, AUM,
  // frequency), the 12 before (growth), the last 6 and the 6 before (lifecycle trends).
  const last12 = `f.month > $3::date - interval '12 months'`;
  const prior12 = `f.month <= $3::date - interval '12 months'`;
  const last6 = `f.month > $3::date - interval '6 months'`;
  const previous6 = `f.month > $3::date - interval '12 months' AND f.month <= $3::date - interval '6 months'`;
  const contribution = `(f.net_interest_contribution + f.fee_income)`;
  const sql = `
    INSERT INTO client_rankings (run_id, client_id, branch_id, contribution_12m, aum, value, value_rank, scope_size,
      core, tier, recency_score, frequency_score, monetary_score, growth_percent, product_gaps, lifecycle_stage, matrix_cell)
    WITH facts AS (
      SELECT f.client_id,
        coalesce(sum(${contribution}) FILTER (WHERE ${last12}), 0) AS contribution_12m,
        coalesce(sum(${contribution}) FILTER (WHERE ${prior12}), 0) AS contribution_prior_12m,
        coalesce(sum(${contribution}) FILTER (WHERE ${last6}), 0) AS value_6m,
        coalesce(sum(${contribution}) FILTER (WHERE ${previous6}), 0) AS value_previous_6m,
        coalesce(round(avg(f.avg_deposit_balance + f.avg_wealth_balance) FILTER (WHERE ${last12}), 2), 0) AS aum,
        coalesce(sum(f.transaction_count) FILTER (WHERE ${last12}), 0) AS transactions_12m,
        coalesce(sum(f.transaction_count) FILTER (WHERE ${last6}), 0) AS transactions_6m,
        coalesce(sum(f.transaction_count) FILTER (WHERE ${previous6}), 0) AS transactions_previous_6m,
        max(f.last_activity_on) AS last_activity_on
      FROM client_monthly_facts f
      WHERE f.month > $3::date - interval '24 months' AND f.month <= $3::date
      GROUP BY f.client_id
    ), products AS (
      SELECT client_id, count(DISTINCT product_type) AS held
      FROM client_products WHERE status = 'ACTIVE' GROUP BY client_id
    ), valued AS (
      SELECT c.id, c.branch_id,
        coalesce(f.contribution_12m, 0) AS contribution_12m,
        coalesce(f.aum, 0) AS aum,
        round($4::numeric * coalesce(f.contribution_12m, 0) + $5::numeric * coalesce(f.aum, 0), 2) AS value,
        coalesce(f.value_6m, 0) AS value_6m, coalesce(f.value_previous_6m, 0) AS value_previous_6m,
        coalesce(f.transactions_12m, 0) AS transactions_12m,
        coalesce(f.transactions_6m, 0) AS transactions_6m,
        coalesce(f.transactions_previous_6m, 0) AS transactions_previous_6m,
        f.last_activity_on,
        CASE WHEN f.contribution_prior_12m > 0
          THEN (f.contribution_12m - f.contribution_prior_12m) / f.contribution_prior_12m * 100 END AS growth,
        5 - coalesce(p.held, 0) AS product_gaps,
        extract(year FROM age($2::date, c.opened_on)) * 12 + extract(month FROM age($2::date, c.opened_on)) AS tenure_months
      FROM clients c
      LEFT JOIN facts f ON f.client_id = c.id
      LEFT JOIN products p ON p.client_id = c.id
      WHERE c.opened_on <= $2::date
    ), ranked AS (
      SELECT v.*,
        row_number() OVER (${scope} ORDER BY v.value DESC, v.id) AS value_rank,
        count(*) OVER (${scope}) AS scope_size,
        percent_rank() OVER (${scope} ORDER BY v.last_activity_on NULLS FIRST) AS recency_rank,
        percent_rank() OVER (${scope} ORDER BY v.transactions_12m) AS frequency_rank,
        percent_rank() OVER (${scope} ORDER BY v.value) AS monetary_rank
      FROM valued v
    ), classified AS (
      SELECT r.*,
        r.value_rank <= ceil(r.scope_size * $6::numeric / 100) AS core,
        CASE
          WHEN (r.value_previous_6m > 0 AND r.value_6m < r.value_previous_6m
                AND (r.value_previous_6m - r.value_6m) / r.value_previous_6m * 100 >= $13::numeric)
            OR (r.transactions_previous_6m > 0 AND r.transactions_6m < r.transactions_previous_6m
                AND (r.transactions_previous_6m - r.transactions_6m)::numeric / r.transactions_previous_6m * 100 >= $14::numeric)
            THEN 'DECLINE'
          WHEN r.tenure_months < $10::int THEN 'EXPLORATION'
          WHEN r.tenure_months < $11::int OR r.growth >= $12::numeric THEN 'FORMATION'
          ELSE 'STABLE'
        END AS stage
      FROM ranked r
    )
    SELECT $1, k.id, k.branch_id, k.contribution_12m, k.aum, k.value, k.value_rank, k.scope_size, k.core,
      CASE
        WHEN k.value_rank <= ceil(k.scope_size * $7::numeric / 100) THEN 'PLATINUM'
        WHEN k.value_rank <= ceil(k.scope_size * $8::numeric / 100) THEN 'GOLD'
        WHEN k.value_rank <= ceil(k.scope_size * $9::numeric / 100) THEN 'SILVER'
        ELSE 'BRONZE'
      END,
      least(5, 1 + floor(5 * k.recency_rank)), least(5, 1 + floor(5 * k.frequency_rank)),
      least(5, 1 + floor(5 * k.monetary_rank)),
      round(k.growth, 2), k.product_gaps, k.stage,
      CASE WHEN k.stage <> 'DECLINE' AND (k.growth >= $15::numeric OR k.product_gaps >= $16::int)
        THEN CASE WHEN k.core THEN 'STRATEGIC' ELSE 'DEVELOP' END
        ELSE CASE WHEN k.core THEN 'MAINTAIN' ELSE 'BASIC' END
      END
    FROM classified k`;
  return { sql, settingParams };
}

/** Per-branch counts, value and a 20-slice Pareto curve (top 5%, 10%, … of the branch's clients). */
export const BRANCH_SLICES = 20;
/** The bank-wide curve has 100 slices (top 1%, 2%, …). */
export const BANK_SLICES = 100;

export const BRANCH_SLICE_VALUES_SQL = `
  SELECT branch_id AS "branchId", slice::int AS slice, sum(value)::text AS value,
         count(*)::int AS clients, count(*) FILTER (WHERE core)::int AS core,
         coalesce(sum(value) FILTER (WHERE core), 0)::text AS "coreValue"
  FROM (
    SELECT branch_id, value, core,
      ceil(${BRANCH_SLICES}.0 * row_number() OVER (PARTITION BY branch_id ORDER BY value DESC, client_id)
           / count(*) OVER (PARTITION BY branch_id)) AS slice
    FROM client_rankings WHERE run_id = $1
  ) s
  GROUP BY branch_id, slice ORDER BY branch_id, slice`;

export const BANK_SLICE_VALUES_SQL = `
  SELECT slice::int AS slice, sum(value)::text AS value
  FROM (
    SELECT value, ceil(${BANK_SLICES}.0 * row_number() OVER (ORDER BY value DESC, client_id) / count(*) OVER ()) AS slice
    FROM client_rankings WHERE run_id = $1
  ) s
  GROUP BY slice ORDER BY slice`;

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
