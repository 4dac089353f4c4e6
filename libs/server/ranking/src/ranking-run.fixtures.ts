import type { Actor } from '@corebook/domain';
import { AuditService, SettingsStore } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { createLogger } from '@corebook/server/common';
import { dataSourceOptions } from '@corebook/server/database';
import { DEMO_BANK } from '@corebook/server/seed';
import { createTestDatabase, type TestDatabase } from '@corebook/server/testing';
import { DataSource } from 'typeorm';
import { EarlyWarningsService } from './early-warnings.service';
import { RankingInputsService } from './ranking-inputs.service';
import { RankingRunService } from './ranking-run.service';
import { RankingSettingsService } from './ranking-settings.service';
import { RankingsService } from './rankings.service';

// The ranking-run specs (ranking-run.service, ranking-run-inputs): the services over a copy
// of the demo bank, actors, and the facts the domain rules are checked against.

export const actor = (
  id: number,
  role: Actor['role'],
  branchId: number | null,
  managerId: number | null = null,
): Actor => ({
  userId: id,
  username: `user${id}`,
  role,
  branchId,
  managerId,
});

/** Percent rank as PostgreSQL computes it: (rank - 1) / (n - 1), ties sharing the lowest rank. */
export function percentRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const firstIndex = new Map<number, number>();
  sorted.forEach((value, k) => {
    if (!firstIndex.has(value)) firstIndex.set(value, k);
  });
  return values.map((value) =>
    values.length > 1 ? firstIndex.get(value)! / (values.length - 1) : 0,
  );
}

export interface Facts {
  id: string;
  branchId: number;
  openedOn: string;
  months: {
    month: string;
    contribution: number;
    contributionText: string;
    aumText: string;
    transactions: number;
    lastActivity: string | null;
  }[];
  productsHeld: number;
}

export interface RankingBench {
  database: TestDatabase;
  dataSource: DataSource;
  ranking: RankingRunService;
  rankings: RankingsService;
  rules: RankingSettingsService;
  inputs: RankingInputsService;
  warnings: EarlyWarningsService;
  /** An admin and the first branch head of the demo bank. */
  admin: Actor;
  head: Actor;
  /** Closes the connections and drops the database. */
  close(): Promise<void>;
}

/** The ranking services, wired as the API wires them, over a fresh copy of the demo bank. */
export async function startRankingBench(): Promise<RankingBench> {
  const database = await createTestDatabase(DEMO_BANK);
  const dataSource = new DataSource(dataSourceOptions(database.url, 4));
  try {
    await dataSource.initialize();
    const access = new AccessService(dataSource);
    const audit = new AuditService(dataSource);
    const rules = new RankingSettingsService(new SettingsStore(dataSource, audit), access);
    const inputs = new RankingInputsService(dataSource);
    const rankings = new RankingsService(dataSource, access, rules);
    const ranking = new RankingRunService(
      dataSource,
      access,
      audit,
      rules,
      inputs,
      rankings,
      createLogger('silent'),
    );
    const warnings = new EarlyWarningsService(dataSource, access, audit);
    const [adminRow] = await dataSource.query<{ id: number }[]>(
      `SELECT id FROM users WHERE role = 'ADMIN' LIMIT 1`,
    );
    const [headRow] = await dataSource.query<{ id: number; branchId: number }[]>(
      `SELECT id, branch_id AS "branchId" FROM users WHERE role = 'BRANCH_HEAD' ORDER BY id LIMIT 1`,
    );
    return {
      database,
      dataSource,
      ranking,
      rankings,
      rules,
      inputs,
      warnings,
      admin: actor(adminRow.id, 'ADMIN', null),
      head: actor(headRow.id, 'BRANCH_HEAD', headRow.branchId),
      close: async () => {
        await dataSource.destroy();
        await database.drop();
      },
    };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
    throw error;
  }
}

export async function loadFacts(dataSource: DataSource): Promise<Facts[]> {
  const clients = await dataSource.query<
    { id: string; branchId: number; openedOn: string; productsHeld: number }[]
  >(
    `SELECT c.id::text, c.branch_id AS "branchId", c.opened_on AS "openedOn",
            (SELECT count(DISTINCT product_type)::int FROM client_products p WHERE p.client_id = c.id AND p.status = 'ACTIVE') AS "productsHeld"
     FROM clients c ORDER BY c.id`,
  );
  const facts = await dataSource.query<
    {
      clientId: string;
      month: string;
      contribution: string;
      aum: string;
      transactions: number;
      lastActivity: string | null;
    }[]
  >(
    `SELECT client_id::text AS "clientId", month, (net_interest_contribution + fee_income)::text AS contribution,
            (avg_deposit_balance + avg_wealth_balance)::text AS aum, transaction_count AS transactions, last_activity_on AS "lastActivity"
     FROM client_monthly_facts`,
  );
  const byClient = new Map(
    clients.map((client) => [client.id, { ...client, months: [] as Facts['months'] }]),
  );
  for (const fact of facts)
    byClient.get(fact.clientId)!.months.push({
      month: fact.month,
      contribution: Number(fact.contribution),
      contributionText: fact.contribution,
      aumText: fact.aum,
      transactions: fact.transactions,
      lastActivity: fact.lastActivity,
    });
  return [...byClient.values()];
}
