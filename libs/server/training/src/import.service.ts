import {
  LABELS,
  controlCharacterIn,
  importReasonText,
  spreadsheetText,
  validateImportLines,
  type ImportReasonCode,
  type Language,
  type Actor,
  type AuditOperation,
  type ImportOutcome,
  type ServicePeriod,
} from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import {
  badInput,
  bankToday,
  conflict,
  decodeCursor,
  notFound,
  pageOf,
} from '@corebook/server/common';
import { SERVICE_PERIOD_COLUMNS } from '@corebook/server/org';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Papa from 'papaparse';
import { DataSource, type EntityManager } from 'typeorm';
import { parseImportFile, type ParsedImport } from './import-file';
import { TrainingSettingsService } from './training-settings.service';
import {
  TrainingImportStatus,
  type ImportLineOutcome,
  type TrainingImportLineType,
  type TrainingImportType,
} from './training.types';

const IMPORT_COLUMNS = `
  i.id::text AS id, i.file_name AS "fileName", i.status, i.total_rows AS "totalRows", i.accepted, i.rejected,
  i.duplicates, i.committed, i.created_at AS "createdAt", i.committed_at AS "committedAt"`;
const LINE_CHUNK = 20_000;

/**
 * Bulk import of completions from the bank's learning systems: a preview that says, per
 * line, accepted / rejected (with the reason) / duplicate, then a commit that adds the
 * accepted lines in one transaction. Re-importing a file adds nothing.
 */
@Injectable()
export class TrainingImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly settings: TrainingSettingsService,
  ) {}

  /** Reads an uploaded file (GraphQL's importTrainingRecords or POST /training/imports). */
  async preview(
    actor: Actor,
    fileName: string,
    content: Buffer,
    requestId: string,
  ): Promise<TrainingImportType> {
    this.access.requirePermission(actor, 'training.manage');
    const name = fileName.trim();
    if (!name || name.length > 255 || controlCharacterIn(name, false))
      throw badInput('fileName', 'Give the file name (at most 255 characters)');
    const parsed = await parseImportFile(name, content);
    const outcomes = await this.validate(parsed);
    const count = (outcome: ImportOutcome['outcome']) =>
      outcomes.filter((line) => line.outcome === outcome).length;
    return this.dataSource.transaction(async (manager) => {
      const [created] = await manager.query<{ id: string }[]>(
        `INSERT INTO training_imports (file_name, status, total_rows, accepted, rejected, duplicates, created_by)
         VALUES ($1, 'PREVIEWED', $2, $3, $4, $5, $6) RETURNING id::text`,
        [
          name,
          outcomes.length,
          count('ACCEPTED'),
          count('REJECTED'),
          count('DUPLICATE'),
          actor.userId,
        ],
      );
      for (let start = 0; start < outcomes.length; start += LINE_CHUNK) {
        await this.storeLines(
          manager,
          created.id,
          outcomes.slice(start, start + LINE_CHUNK),
          parsed.raw,
        );
      }
      const result = await this.byId(created.id, manager);
      await this.audit.record(
        {
          actor,
          operation: 'previewTrainingImport',
          entityType: 'TrainingImport',
          entityId: created.id,
          after: { ...result },
          requestId,
        },
        manager,
      );
      return result;
    });
  }

  /** Adds the accepted lines; lines that became duplicates since the preview are skipped. */
  commit(actor: Actor, importId: string, requestId: string): Promise<TrainingImportType> {
    return this.finishPreview(
      actor,
      importId,
      'commitTrainingImport',
      requestId,
      async (manager) => {
        const [{ added }] = await manager.query<{ added: number }[]>(
          `WITH inserted AS (INSERT INTO training_records (manager_id, activity_id, completed_on, hours, score, passed, points_awarded,
           points_override_reason, evidence, source, import_id, created_by)
         SELECT l.manager_id, l.activity_id, l.completed_on, l.hours, l.score, l.passed, l.points,
                CASE WHEN l.points <> a.points THEN 'Imported from ' || i.file_name END, l.evidence, 'IMPORT', i.id, $2
         FROM training_import_lines l
         JOIN training_imports i ON i.id = l.import_id
         JOIN training_activities a ON a.id = l.activity_id
         WHERE l.import_id = $1 AND l.outcome = 'ACCEPTED'
         ON CONFLICT (manager_id, activity_id, completed_on) WHERE status = 'ACTIVE' DO NOTHING
         RETURNING 1)
         SELECT count(*)::int AS added FROM inserted`,
          [importId, actor.userId],
        );
        await manager.query(
          `UPDATE training_imports SET status = 'COMMITTED', committed = $2, committed_at = now() WHERE id = $1`,
          [importId, added],
        );
      },
    );
  }

  discard(actor: Actor, importId: string, requestId: string): Promise<TrainingImportType> {
    return this.finishPreview(
      actor,
      importId,
      'discardTrainingImport',
      requestId,
      async (manager) => {
        await manager.query(`UPDATE training_imports SET status = 'DISCARDED' WHERE id = $1`, [
          importId,
        ]);
        await manager.query(`DELETE FROM training_import_lines WHERE import_id = $1`, [importId]);
      },
    );
  }

  /** Commit and discard: lock a previewed import, change it, audit before and after, in one transaction. */
  private async finishPreview(
    actor: Actor,
    importId: string,
    operation: AuditOperation,
    requestId: string,
    change: (manager: EntityManager) => Promise<void>,
  ): Promise<TrainingImportType> {
    this.access.requirePermission(actor, 'training.manage');
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockedPreview(manager, importId);
      await change(manager);
      const after = await this.byId(importId, manager);
      await this.audit.record(
        {
          actor,
          operation,
          entityType: 'TrainingImport',
          entityId: importId,
          before: { ...before },
          after: { ...after },
          requestId,
        },
        manager,
      );
      return after;
    });
  }

  async get(actor: Actor, importId: string): Promise<TrainingImportType> {
    this.access.requirePermission(actor, 'training.manage');
    return this.byId(importId);
  }

  async lines(
    actor: Actor,
    importId: string,
    outcome: ImportLineOutcome | null,
    first: number,
    after: string | null,
  ) {
    this.access.requirePermission(actor, 'training.manage');
    await this.byId(importId);
    const afterLine = after ? decodeCursor(after, ['int'])[0] : 0;
    const rows = await this.dataSource.query<TrainingImportLineType[]>(
      `SELECT line_no AS "lineNo", outcome, reason, reason_code AS "reasonCode",
              reason_params AS "reasonParams", raw FROM training_import_lines
       WHERE import_id = $1 AND ($2::text IS NULL OR outcome = $2) AND line_no > $3
       ORDER BY line_no LIMIT $4`,
      [importId, outcome, afterLine, first + 1],
    );
    return pageOf(rows, first, (line) => [line.lineNo]);
  }

  /** The rejected and duplicate lines as CSV in `language`: line, outcome, reason, the line. */
  async rejectionReport(
    actor: Actor,
    importId: string,
    language: Language,
  ): Promise<{ fileName: string; csv: string }> {
    this.access.requirePermission(actor, 'training.manage');
    const found = await this.byId(importId);
    const rows = await this.dataSource.query<
      {
        line: number;
        outcome: 'REJECTED' | 'DUPLICATE';
        reason: string;
        code: ImportReasonCode | null;
        params: Record<string, string | number> | null;
        original: string;
      }[]
    >(
      `SELECT line_no AS line, outcome, reason, reason_code AS code, reason_params AS params,
              raw AS original
       FROM training_import_lines WHERE import_id = $1 AND outcome <> 'ACCEPTED' ORDER BY line_no`,
      [importId],
    );
    const words = LABELS[language].training;
    const header = words.import.report;
    return {
      fileName: `${found.fileName.replace(/\.(csv|xlsx)$/i, '')}-rejections.csv`,
      csv: `\uFEFF${Papa.unparse({
        fields: [header.line, header.outcome, header.reason, header.original],
        data: rows.map((row) => [
          row.line,
          words.outcomes[row.outcome],
          spreadsheetText(
            row.code
              ? importReasonText({ code: row.code, params: row.params ?? {} }, language)
              : row.reason,
          ),
          spreadsheetText(row.original),
        ]),
      })}`,
    };
  }

  private async validate(parsed: ParsedImport): Promise<ImportOutcome[]> {
    const { settings } = await this.settings.current();
    const managers = await this.dataSource.query<
      ({ id: number; employeeNo: string } & ServicePeriod)[]
    >(
      `SELECT m.id, upper(m.employee_no) AS "employeeNo", ${SERVICE_PERIOD_COLUMNS}
       FROM relationship_managers m`,
    );
    const activities = await this.dataSource.query<
      { id: number; code: string; points: string; startsOn: string; endsOn: string }[]
    >(
      `SELECT id, upper(code) AS code, points::text AS points, starts_on AS "startsOn", ends_on AS "endsOn" FROM training_activities`,
    );
    const managerByEmployeeNo = new Map(managers.map((m) => [m.employeeNo, m]));
    const fileManagerIds = [
      ...new Set(
        parsed.lines
          .map(
            (line) =>
              managerByEmployeeNo.get((line.fields.employeeNo ?? '').trim().toUpperCase())?.id,
          )
          .filter((id) => id !== undefined),
      ),
    ];
    const existing = await this.dataSource.query<{ key: string }[]>(
      `SELECT manager_id || ':' || activity_id || ':' || completed_on AS key FROM training_records
       WHERE status = 'ACTIVE' AND manager_id = ANY($1::int[])`,
      [fileManagerIds],
    );
    return validateImportLines(
      parsed.lines,
      {
        managerByEmployeeNo,
        activityByCode: new Map(activities.map((a) => [a.code, a])),
        existingKeys: new Set(existing.map((row) => row.key)),
      },
      settings,
      bankToday(),
    );
  }

  private async storeLines(
    manager: EntityManager,
    importId: string,
    outcomes: ImportOutcome[],
    raw: Map<number, string>,
  ): Promise<void> {
    const column = <T>(pick: (outcome: ImportOutcome) => T) => outcomes.map(pick);
    const completion = (outcome: ImportOutcome) =>
      outcome.outcome === 'REJECTED' ? null : outcome.completion;
    await manager.query(
      `INSERT INTO training_import_lines (import_id, line_no, outcome, reason, raw, manager_id, activity_id, completed_on, hours, score, passed, points, evidence, reason_code, reason_params)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::date[], $9::numeric[], $10::numeric[], $11::boolean[], $12::numeric[], $13::text[], $14::text[], $15::jsonb[])`,
      [
        importId,
        column((o) => o.lineNo),
        column((o) => o.outcome),
        column((o) => (o.outcome === 'ACCEPTED' ? null : o.reason)),
        column((o) => raw.get(o.lineNo) ?? ''),
        column((o) => completion(o)?.managerId ?? null),
        column((o) => completion(o)?.activityId ?? null),
        column((o) => completion(o)?.completedOn ?? null),
        column((o) => completion(o)?.hours ?? null),
        column((o) => completion(o)?.score ?? null),
        column((o) => completion(o)?.passed ?? null),
        column((o) => completion(o)?.points ?? null),
        column((o) => completion(o)?.evidence ?? null),
        column((o) => (o.outcome === 'ACCEPTED' ? null : o.why.code)),
        column((o) => (o.outcome === 'ACCEPTED' ? null : JSON.stringify(o.why.params))),
      ],
    );
  }

  private async lockedPreview(
    manager: EntityManager,
    importId: string,
  ): Promise<TrainingImportType> {
    const found = await this.byId(importId, manager, true);
    if (found.status !== TrainingImportStatus.PREVIEWED)
      throw conflict(`This import is already ${found.status.toLowerCase()}`);
    return found;
  }

  private async byId(
    importId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<TrainingImportType> {
    if (!/^\d{1,18}$/.test(importId)) throw notFound('TrainingImport', importId);
    const [found] = await manager.query<TrainingImportType[]>(
      `SELECT ${IMPORT_COLUMNS} FROM training_imports i WHERE i.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [importId],
    );
    if (!found) throw notFound('TrainingImport', importId);
    return found;
  }
}
