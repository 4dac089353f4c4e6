import { LABELS, type Actor, type Language } from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import {
  BANK_TIME_ZONE,
  queryBoolean,
  queryChoice,
  queryInt,
  queryText,
  workbookOf,
  type SheetColumn,
} from '@corebook/server/common';
import {
  latestCompletedRun,
  standingsIn,
  type ClientStanding,
} from '@corebook/server/ranking-reader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClientsService, clientOrderBy } from './clients.service';
import {
  ClientKindValue,
  ClientSort,
  LifecycleStageEnum,
  ProductTypeValue,
  ValueTierEnum,
  type ClientFilter,
} from './clients.types';

/** The most clients one export holds; a narrower filter reaches the rest. */
export const MAX_CLIENT_EXPORT_ROWS = 100_000;

/** The export's filter and order from its query parameters: the fields of GraphQL's ClientFilter. */
export function clientExportQuery(query: Record<string, unknown>): {
  filter: ClientFilter;
  sort: ClientSort;
} {
  return {
    filter: {
      search: queryText('search', query.search),
      branchId: queryInt('branchId', query.branchId),
      managerId: queryInt('managerId', query.managerId),
      productType: queryChoice('productType', query.productType, Object.values(ProductTypeValue)),
      kind: queryChoice('kind', query.kind, Object.values(ClientKindValue)),
      tier: queryChoice('tier', query.tier, Object.values(ValueTierEnum)),
      core: queryBoolean('core', query.core),
      lifecycleStage: queryChoice(
        'lifecycleStage',
        query.lifecycleStage,
        Object.values(LifecycleStageEnum),
      ),
      openEarlyWarning: queryBoolean('openEarlyWarning', query.openEarlyWarning),
      inBranchPool: queryBoolean('inBranchPool', query.inBranchPool),
    },
    sort: queryChoice('sort', query.sort, Object.values(ClientSort)) ?? ClientSort.VALUE_DESC,
  };
}

interface ExportRow {
  id: string;
  clientNo: string;
  name: string;
  kind: string;
  branch: string;
  employeeNo: string | null;
  manager: string | null;
  contribution12m: string;
  aum: string;
  lastActivityOn: string | null;
  openEarlyWarning: boolean;
  tier: string | null;
  core: boolean | null;
  lifecycleStage: string | null;
}

/**
 * The client list as the caller filtered it, for a spreadsheet: selected through the same
 * condition as the page (ClientsService.listCondition: scope first), in the same order.
 */
@Injectable()
export class ClientsExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clients: ClientsService,
  ) {}

  async rows(actor: Actor, filter: ClientFilter, sort: ClientSort): Promise<ExportRow[]> {
    this.access.requirePermission(actor, 'client.read');
    const params: unknown[] = [];
    const condition = await this.clients.listCondition(actor, filter, params);
    params.push(MAX_CLIENT_EXPORT_ROWS);
    const rows = await this.dataSource.query<Omit<ExportRow, 'tier' | 'core' | 'lifecycleStage'>[]>(
      `SELECT c.id::text AS id, c.client_no AS "clientNo", c.name, c.kind, br.name AS branch,
              m.employee_no AS "employeeNo", m.name AS manager,
              c.contribution_12m::text AS "contribution12m", c.aum::text AS aum,
              c.last_activity_on AS "lastActivityOn",
              EXISTS (SELECT 1 FROM early_warnings w WHERE w.client_id = c.id AND w.acknowledged_at IS NULL)
                AS "openEarlyWarning"
       FROM clients c
       JOIN branches br ON br.id = c.branch_id
       LEFT JOIN current_assignments b ON b.client_id = c.id
       LEFT JOIN relationship_managers m ON m.id = b.manager_id
       WHERE ${condition}
       ORDER BY ${clientOrderBy(sort)}
       LIMIT $${params.length}`,
      params,
    );
    const runId = await latestCompletedRun(this.dataSource.manager);
    const standings = runId
      ? await standingsIn(
          this.dataSource.manager,
          runId,
          rows.map((row) => row.id),
        )
      : new Map<string, ClientStanding>();
    return rows.map((row) => {
      const standing = standings.get(row.id);
      return {
        ...row,
        tier: standing?.tier ?? null,
        core: standing?.core ?? null,
        lifecycleStage: standing?.lifecycleStage ?? null,
      };
    });
  }
}

/** The clients as an XLSX file, columns and codes in `language`. */
export function clientsWorkbook(rows: readonly ExportRow[], language: Language): Promise<Buffer> {
  const words = LABELS[language];
  const field = words.clients.export;
  const yesNo = { true: field.yes, false: field.no };
  const columns: SheetColumn<ExportRow>[] = [
    { kind: 'text', header: field.clientNo, value: (row) => row.clientNo, width: 14 },
    { kind: 'text', header: field.name, value: (row) => row.name, width: 30 },
    { kind: 'code', header: field.kind, value: (row) => row.kind, labels: words.clients.kind },
    { kind: 'text', header: field.branch, value: (row) => row.branch, width: 18 },
    { kind: 'text', header: field.employeeNo, value: (row) => row.employeeNo },
    { kind: 'text', header: field.manager, value: (row) => row.manager },
    { kind: 'code', header: field.tier, value: (row) => row.tier, labels: words.segments.tier },
    {
      kind: 'code',
      header: field.core,
      value: (row) => (row.core === null ? null : String(row.core)),
      labels: yesNo,
    },
    {
      kind: 'code',
      header: field.lifecycleStage,
      value: (row) => row.lifecycleStage,
      labels: words.segments.lifecycle,
    },
    {
      kind: 'decimal',
      header: field.contribution12m,
      value: (row) => row.contribution12m,
      decimals: 2,
      width: 20,
    },
    { kind: 'decimal', header: field.aum, value: (row) => row.aum, decimals: 2, width: 20 },
    { kind: 'date', header: field.lastActivityOn, value: (row) => row.lastActivityOn },
    {
      kind: 'code',
      header: field.openEarlyWarning,
      value: (row) => String(row.openEarlyWarning),
      labels: yesNo,
    },
  ];
  return workbookOf({ name: field.sheet, columns, rows, timeZone: BANK_TIME_ZONE });
}
