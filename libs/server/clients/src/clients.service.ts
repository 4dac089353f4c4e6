import { clientScopeFor, type Actor } from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import { badInput, decodeCursor, pageOf, type Page } from '@corebook/server/common';
import { readRows } from '@corebook/server/database';
import {
  clientRankingConditions,
  latestCompletedRun,
  type ClientLookup,
} from '@corebook/server/ranking-reader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ClientSort,
  type ClientFilter,
  type ClientMonthlyFactType,
  type ClientProductType,
  type ClientType,
} from './clients.types';

const SORT_KEYS = {
  contribution_12m: 'contribution12m',
  aum: 'aum',
  name: 'name',
} as const;

interface SortSpec {
  column: 'contribution_12m' | 'aum' | 'name';
  direction: 'ASC' | 'DESC';
  /** Tie-break on id; matches the (…, contribution_12m DESC, id) indexes for VALUE_DESC. */
  idDirection: 'ASC' | 'DESC';
}

const SORTS: Record<ClientSort, SortSpec> = {
  [ClientSort.VALUE_DESC]: { column: 'contribution_12m', direction: 'DESC', idDirection: 'ASC' },
  [ClientSort.VALUE_ASC]: { column: 'contribution_12m', direction: 'ASC', idDirection: 'DESC' },
  [ClientSort.AUM_DESC]: { column: 'aum', direction: 'DESC', idDirection: 'ASC' },
  [ClientSort.NAME_ASC]: { column: 'name', direction: 'ASC', idDirection: 'ASC' },
  [ClientSort.NAME_DESC]: { column: 'name', direction: 'DESC', idDirection: 'DESC' },
};

/** The ORDER BY of a client list in `sort`'s order (c: the clients row). */
export function clientOrderBy(sort: ClientSort): string {
  const spec = SORTS[sort];
  return `c.${spec.column} ${spec.direction}, c.id ${spec.idDirection}`;
}

/**
 * The columns of a ClientType row read from clients `c`; its RM from the current assignment,
 * or from `managerId` (SQL) where the caller's query already has it (the revisit queue).
 */
export function clientColumns(
  managerId = '(SELECT b.manager_id FROM current_assignments b WHERE b.client_id = c.id)',
): string {
  return `
  c.id::text AS id, c.client_no AS "clientNo", c.name, c.kind, c.branch_id AS "branchId",
  c.opened_on AS "openedOn", c.risk_rating AS "riskRating", c.phone, c.email, c.address,
  ${managerId} AS "managerId", c.contribution_12m::text AS "contribution12m", c.aum::text AS aum,
  c.last_activity_on AS "lastActivityOn"`;
}

const CLIENT_COLUMNS = clientColumns();

export const MAX_TREND_MONTHS = 60;

export type ClientPage = Page<ClientType>;

/** Client reads: every query goes through the access gate's scope condition. */
@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async page(
    actor: Actor,
    filter: ClientFilter,
    sort: ClientSort,
    first: number,
    after: string | null,
  ): Promise<ClientPage> {
    this.access.requirePermission(actor, 'client.read');
    const spec = SORTS[sort];
    const params: unknown[] = [];
    const conditions = [await this.listCondition(actor, filter, params)];
    if (after) {
      const [value, id] = decodeCursor(after, [spec.column === 'name' ? 'text' : 'decimal', 'id']);
      params.push(value, id);
      const valueParam = `$${params.length - 1}`;
      const idParam = `$${params.length}::bigint`;
      const beyond = spec.direction === 'DESC' ? '<' : '>';
      const idBeyond = spec.idDirection === 'DESC' ? '<' : '>';
      conditions.push(
        `(c.${spec.column} ${beyond} ${valueParam} OR (c.${spec.column} = ${valueParam} AND c.id ${idBeyond} ${idParam}))`,
      );
    }
    params.push(first + 1);
    const rows = await readRows<ClientType>(
      this.dataSource,
      `SELECT ${CLIENT_COLUMNS} FROM clients c
       WHERE ${conditions.join(' AND ')}
       ORDER BY ${clientOrderBy(sort)}
       LIMIT $${params.length}`,
      params,
    );
    const sortKey = SORT_KEYS[spec.column];
    return pageOf(rows, first, (client) => [client[sortKey], client.id]);
  }

  async count(actor: Actor, filter: ClientFilter): Promise<number> {
    this.access.requirePermission(actor, 'client.read');
    const params: unknown[] = [];
    const condition = await this.listCondition(actor, filter, params);
    const [{ count }] = await this.dataSource.query<{ count: string }[]>(
      `SELECT count(*) AS count FROM clients c WHERE ${condition}`,
      params,
    );
    return Number(count);
  }

  async client(actor: Actor, id: string): Promise<ClientType> {
    await this.access.requireClientAccess(actor, [id]);
    const [client] = await this.dataSource.query<ClientType[]>(
      `SELECT ${CLIENT_COLUMNS} FROM clients c WHERE c.id = $1`,
      [id],
    );
    return client;
  }

  /** Clients by id, for parents whose query already limited them to the caller's scope. */
  byIds(clientIds: readonly string[]): Promise<ClientType[]> {
    return this.dataSource.query(
      `SELECT ${CLIENT_COLUMNS} FROM clients c WHERE c.id = ANY($1::bigint[])`,
      [clientIds],
    );
  }

  /** Products of clients already in the caller's scope (the parent resolver checked). */
  productsOf(clientIds: readonly string[]): Promise<ClientProductType[]> {
    return this.dataSource.query(
      `SELECT id::text, client_id::text AS "clientId", product_type AS "productType", product_name AS "productName",
              account_no AS "accountNo", opened_on AS "openedOn", balance::text, status
       FROM client_products WHERE client_id = ANY($1::bigint[])
       ORDER BY product_type, opened_on`,
      [clientIds],
    );
  }

  /** The last `months` months of facts per client, oldest first. */
  async monthlyFactsOf(
    clientIds: readonly string[],
    months: number,
  ): Promise<Map<string, ClientMonthlyFactType[]>> {
    if (!Number.isInteger(months) || months < 1 || months > MAX_TREND_MONTHS) {
      throw badInput('months', `months must be between 1 and ${MAX_TREND_MONTHS}`);
    }
    const rows: (ClientMonthlyFactType & { clientId: string })[] = await this.dataSource.query(
      `SELECT f.client_id::text AS "clientId", f.month, f.avg_deposit_balance::text AS "avgDepositBalance",
              f.avg_loan_balance::text AS "avgLoanBalance", f.avg_wealth_balance::text AS "avgWealthBalance",
              f.net_interest_contribution::text AS "netInterestContribution", f.fee_income::text AS "feeIncome",
              (f.net_interest_contribution + f.fee_income)::text AS contribution, f.transaction_count AS "transactionCount"
       FROM client_monthly_facts f
       WHERE f.client_id = ANY($1::bigint[])
         AND f.month > (SELECT max(month) FROM client_monthly_facts WHERE client_id = f.client_id) - make_interval(months => $2)
       ORDER BY f.client_id, f.month`,
      [clientIds, months],
    );
    const byClient = new Map<string, ClientMonthlyFactType[]>();
    for (const { clientId, ...fact } of rows) {
      const list = byClient.get(clientId) ?? [];
      list.push(fact);
      byClient.set(clientId, list);
    }
    return byClient;
  }

  /**
   * The SQL condition on `c` (a clients row) for the clients of the caller's scope that
   * match `filter`; its values go onto `params`. Every list of clients (this page, its
   * count, an export) selects through it.
   */
  async listCondition(actor: Actor, filter: ClientFilter, params: unknown[]): Promise<string> {
    const conditions = [this.access.clientScopeCondition(actor, 'c', params)];
    const search = filter.search?.trim();
    if (search) {
      params.push(`%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`, search);
      conditions.push(`(c.name ILIKE $${params.length - 1} OR c.client_no = $${params.length})`);
    }
    if (filter.branchId !== undefined && filter.branchId !== null) {
      params.push(filter.branchId);
      conditions.push(`c.branch_id = $${params.length}`);
    }
    if (filter.managerId !== undefined && filter.managerId !== null) {
      params.push(filter.managerId);
      conditions.push(
        `EXISTS (SELECT 1 FROM current_assignments b WHERE b.client_id = c.id AND b.manager_id = $${params.length})`,
      );
    }
    if (filter.kind) {
      params.push(filter.kind);
      conditions.push(`c.kind = $${params.length}`);
    }
    if (filter.productType) {
      params.push(filter.productType);
      conditions.push(
        `EXISTS (SELECT 1 FROM client_products p WHERE p.client_id = c.id AND p.product_type = $${params.length} AND p.status = 'ACTIVE')`,
      );
    }
    const lookup = lookupFor(actor, filter);
    if (filter.inBranchPool !== undefined && filter.inBranchPool !== null) {
      const served =
        lookup === 'PROBE'
          ? '(SELECT b.manager_id FROM current_assignments b WHERE b.client_id = c.id) IS NOT NULL'
          : 'EXISTS (SELECT 1 FROM current_assignments b WHERE b.client_id = c.id AND b.manager_id IS NOT NULL)';
      conditions.push(filter.inBranchPool ? `NOT (${served})` : served);
    }
    const ranked = [filter.tier, filter.core, filter.lifecycleStage].some(
      (value) => value !== undefined && value !== null,
    );
    const runId = ranked ? await latestCompletedRun(this.dataSource.manager) : null;
    conditions.push(...clientRankingConditions(filter, 'c', runId, params, lookup));
    return conditions.join(' AND ');
  }
}

/** An RM's book or a branch holds few clients: probe each; the whole bank is joined. */
function lookupFor(actor: Actor, filter: ClientFilter): ClientLookup {
  const narrowed = [filter.branchId, filter.managerId].some(
    (value) => value !== undefined && value !== null,
  );
  return clientScopeFor(actor).kind === 'bank' && !narrowed ? 'JOIN' : 'PROBE';
}
