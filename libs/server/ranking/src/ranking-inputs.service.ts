import { bankToday } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  FACTS_LOADED_SQL,
  FIGURES_NEXT,
  FIGURES_SQL,
  PRODUCT_TYPES_NEXT,
  PRODUCT_TYPES_SQL,
} from './ranking.sql';

/**
 * The advisory lock a run and prepareAhead hold while they read or rebuild the month's
 * figures and the product types (both are replaced whole, under the same table names).
 */
export const INPUTS_LOCK = 7_300_001;

/**
 * What a run reads besides the clients (decisions 25, 28, 30): each client's 12-month
 * figures for the month counted, and the product types each client holds, kept between runs
 * and rebuilt only when a month was loaded again or products changed; prepareAhead builds
 * them in the background soon after a load.
 */
/**
 * Ranking sorts and sums the whole bank: keep the sorts and the per-client sums (about 1 GB
 * at 2 M clients, hashed across the parallel workers) in memory, for this transaction.
 */
export async function useRankingMemory(manager: EntityManager): Promise<void> {
  await manager.query(`SET LOCAL work_mem = '256MB'`);
  await manager.query(`SET LOCAL hash_mem_multiplier = 8`);
  // The run's primary key over 2 M rows, sorted by three processes, in memory (1.15 s, not 1.4).
  await manager.query(`SET LOCAL maintenance_work_mem = '512MB'`);
}

@Injectable()
export class RankingInputsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * client_figures hold the figures of `lastFactMonth`, rebuilt since every month of its
   * window was last loaded (decision 25).
   */
  async figuresAreCurrent(manager: EntityManager, lastFactMonth: string): Promise<boolean> {
    const [state] = await manager.query<{ current: boolean }[]>(
      `SELECT s.month = $1::date AND s.facts_loaded = ${FACTS_LOADED_SQL} AS current
       FROM client_figures_as_of s`,
      [lastFactMonth],
    );
    return state?.current ?? false;
  }

  /** Sum the 12 months of facts up to `lastFactMonth` into a fresh client_figures. */
  async rebuildFigures(manager: EntityManager, lastFactMonth: string): Promise<void> {
    const [{ middle }] = await manager.query<{ middle: string }[]>(
      `SELECT coalesce((min(id) + max(id)) / 2, 0)::text AS middle FROM clients`,
    );
    await manager.query(FIGURES_SQL, [lastFactMonth, middle]);
    await manager.query(`DROP TABLE client_figures`);
    await manager.query(`ALTER TABLE ${FIGURES_NEXT} RENAME TO client_figures`);
    await manager.query(`ANALYZE client_figures`);
    await manager.query(
      `INSERT INTO client_figures_as_of (month, facts_loaded) VALUES ($1, ${FACTS_LOADED_SQL})
       ON CONFLICT (single) DO UPDATE SET month = excluded.month, facts_loaded = excluded.facts_loaded,
         computed_at = now()`,
      [lastFactMonth],
    );
  }

  /**
   * Prepares what a run of today would read, when a month of facts was loaded or products
   * changed since (decision 30): the month's figures and the product types, so the next run
   * does not wait for them. Skipped while a run or another preparation holds them.
   */
  async prepareAhead(): Promise<'PREPARED' | 'CURRENT' | 'BUSY' | 'NO_FACTS'> {
    const lastFactMonth = await this.lastFactMonthBefore(bankToday());
    if (!lastFactMonth) return 'NO_FACTS';
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock($1) AS locked`,
        [INPUTS_LOCK],
      );
      if (!locked) return 'BUSY';
      const figures = await this.figuresAreCurrent(manager, lastFactMonth);
      const productTypes = await this.productTypesAreCurrent(manager);
      if (figures && productTypes) return 'CURRENT';
      await useRankingMemory(manager);
      if (!figures) await this.rebuildFigures(manager, lastFactMonth);
      if (!productTypes) await this.rebuildProductTypes(manager);
      return 'PREPARED';
    });
  }

  /** The latest month of facts loaded before the month of `effectiveOn`. */
  async lastFactMonthBefore(effectiveOn: string): Promise<string | null> {
    const [{ lastFactMonth }] = await this.dataSource.query<{ lastFactMonth: string | null }[]>(
      `SELECT max(month)::text AS "lastFactMonth" FROM fact_months WHERE month < date_trunc('month', $1::date)`,
      [effectiveOn],
    );
    return lastFactMonth;
  }

  /**
   * client_product_types were counted after the last statement that added, removed, closed
   * or moved a product (decision 28).
   */
  async productTypesAreCurrent(manager: EntityManager): Promise<boolean> {
    const [state] = await manager.query<{ current: boolean }[]>(
      `SELECT s.changes = c.changes AS current
       FROM client_products_changes c JOIN client_product_types_as_of s ON true`,
    );
    return state?.current ?? false;
  }

  /**
   * Counts the product types again. The change count is read first: a writer committing
   * during the rebuild raises it again, so the next run rebuilds.
   */
  async rebuildProductTypes(manager: EntityManager): Promise<void> {
    const [{ changes }] = await manager.query<{ changes: string }[]>(
      `SELECT changes::text AS changes FROM client_products_changes`,
    );
    await manager.query(PRODUCT_TYPES_SQL);
    await manager.query(`DROP TABLE client_product_types`);
    await manager.query(`ALTER TABLE ${PRODUCT_TYPES_NEXT} RENAME TO client_product_types`);
    await manager.query(`ANALYZE client_product_types`);
    await manager.query(
      `INSERT INTO client_product_types_as_of (changes) VALUES ($1)
       ON CONFLICT (single) DO UPDATE SET changes = excluded.changes, computed_at = now()`,
      [changes],
    );
  }
}
