import {
  completionOutsideService,
  parsePoints,
  toTenths,
  type Actor,
  type AuditOperation,
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
import { DataSource, type EntityManager } from 'typeorm';
import type { TrainingExportRow } from './records-workbook';
import { TrainingSettingsService } from './training-settings.service';
import {
  TrainingRecordStatus,
  type TrainingRecordCorrection,
  type TrainingRecordFilter,
  type TrainingRecordInput,
  type TrainingRecordType,
} from './training.types';

export const RECORD_COLUMNS = `
  r.id::text AS id, r.manager_id AS "managerId", r.activity_id AS "activityId", r.completed_on AS "completedOn",
  r.hours::text AS hours, r.score::text AS score, r.passed, r.points_awarded::text AS "pointsAwarded",
  r.points_override_reason AS "pointsOverrideReason", r.evidence, r.source, r.status, r.void_reason AS "voidReason",
  r.voided_at AS "voidedAt", r.created_at AS "createdAt", r.version`;

const HOURS = /^\d{1,3}(\.\d)?$/;
const DUPLICATE_RECORD = 'This RM already has this activity recorded on that date';

export interface RecordPage {
  edges: { cursor: string; node: TrainingRecordType }[];
  hasNextPage: boolean;
}

/** Completion records: HR adds, corrects and voids (never deletes); reads follow the manager scope. */
@Injectable()
export class RecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly settings: TrainingSettingsService,
  ) {}

  async page(
    actor: Actor,
    filter: TrainingRecordFilter,
    first: number,
    after: string | null,
  ): Promise<RecordPage> {
    this.access.requirePermission(actor, 'training.read');
    const params: unknown[] = [];
    const conditions = this.conditions(actor, filter, params);
    if (after) {
      const [completedOn, id] = decodeCursor(after, ['date', 'id']);
      params.push(completedOn, id);
      conditions.push(
        `(r.completed_on, r.id) < ($${params.length - 1}::date, $${params.length}::bigint)`,
      );
    }
    params.push(first + 1);
    const rows = await this.dataSource.query<TrainingRecordType[]>(
      `SELECT ${RECORD_COLUMNS} FROM training_records r
       JOIN relationship_managers m ON m.id = r.manager_id
       JOIN training_activities a ON a.id = r.activity_id
       WHERE ${conditions.join(' AND ')}
       ORDER BY r.completed_on DESC, r.id DESC LIMIT $${params.length}`,
      params,
    );
    return pageOf(rows, first, (record) => [record.completedOn, record.id]);
  }

  async count(actor: Actor, filter: TrainingRecordFilter): Promise<number> {
    this.access.requirePermission(actor, 'training.read');
    const params: unknown[] = [];
    const conditions = this.conditions(actor, filter, params);
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM training_records r
       JOIN relationship_managers m ON m.id = r.manager_id JOIN training_activities a ON a.id = r.activity_id
       WHERE ${conditions.join(' AND ')}`,
      params,
    );
    return count;
  }

  /** Rows for the XLSX export of the records grid (same filter and scope), at most `limit`. */
  async exportRows(
    actor: Actor,
    filter: TrainingRecordFilter,
    limit: number,
  ): Promise<TrainingExportRow[]> {
    this.access.requirePermission(actor, 'training.read');
    const params: unknown[] = [];
    const conditions = this.conditions(actor, filter, params);
    params.push(limit);
    return this.dataSource.query<TrainingExportRow[]>(
      `SELECT m.employee_no AS "employeeNo", m.name AS "rmName", b.code AS "branch", a.code AS "activityCode", a.title AS "activity",
              a.type, r.completed_on AS "completedOn", r.hours::text AS hours, r.score::text AS score, r.passed,
              r.points_awarded::text AS points, r.points_override_reason AS "overrideReason", r.status, r.void_reason AS "voidReason",
              r.source, r.evidence
       FROM training_records r
       JOIN relationship_managers m ON m.id = r.manager_id JOIN branches b ON b.id = m.branch_id
       JOIN training_activities a ON a.id = r.activity_id
       WHERE ${conditions.join(' AND ')}
       ORDER BY r.completed_on DESC, r.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** Every record (voided too) of one RM, newest first: the history of the training file. */
  async history(
    managerId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TrainingRecordType[]> {
    return manager.query(
      `SELECT ${RECORD_COLUMNS} FROM training_records r WHERE r.manager_id = $1 ORDER BY r.completed_on DESC, r.id DESC`,
      [managerId],
    );
  }

  async record(
    actor: Actor,
    input: TrainingRecordInput,
    requestId: string,
  ): Promise<TrainingRecordType> {
    this.access.requirePermission(actor, 'training.manage');
    return this.dataSource.transaction(async (manager) => {
      const activity = await this.activity(manager, input.activityId);
      const served = await this.servicePeriod(manager, input.managerId);
      const values = await this.checked(manager, activity, served, input);
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO training_records (manager_id, activity_id, completed_on, hours, score, passed, points_awarded,
           points_override_reason, evidence, source, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'MANUAL', $10)
         ON CONFLICT (manager_id, activity_id, completed_on) WHERE status = 'ACTIVE' DO NOTHING
         RETURNING id::text`,
        [
          input.managerId,
          input.activityId,
          values.completedOn,
          values.hours,
          values.score,
          values.passed,
          values.points,
          values.overrideReason,
          values.evidence,
          actor.userId,
        ],
      );
      if (inserted.length === 0) throw conflict(DUPLICATE_RECORD, { rule: 'DUPLICATE_RECORD' });
      return this.audited(manager, {
        actor,
        operation: 'recordTraining',
        id: inserted[0].id,
        before: null,
        detail: null,
        requestId,
      });
    });
  }

  async correct(
    actor: Actor,
    id: string,
    expectedVersion: number,
    correction: TrainingRecordCorrection,
    requestId: string,
  ): Promise<TrainingRecordType> {
    this.access.requirePermission(actor, 'training.manage');
    if (!correction.reason?.trim()) throw badInput('reason', 'Say why the record is corrected');
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockedRecord(manager, id, expectedVersion);
      const activity = await this.activity(manager, before.activityId);
      const served = await this.servicePeriod(manager, before.managerId);
      const values = await this.checked(manager, activity, served, {
        completedOn: correction.completedOn ?? before.completedOn,
        hours: correction.hours ?? before.hours,
        score: correction.score === undefined ? before.score : correction.score,
        passed: correction.passed === undefined ? before.passed : correction.passed,
        pointsAwarded: correction.pointsAwarded ?? before.pointsAwarded,
        pointsOverrideReason: correction.pointsOverrideReason ?? before.pointsOverrideReason,
        evidence: correction.evidence === undefined ? before.evidence : correction.evidence,
      });
      const changed = await manager
        .query<{ id: string }[]>(
          // A correction that changes nothing writes no version and no audit entry.
          `WITH changed AS (
             UPDATE training_records SET completed_on = $2, hours = $3, score = $4, passed = $5, points_awarded = $6,
               points_override_reason = $7, evidence = $8, version = version + 1, updated_at = now()
             WHERE id = $1 AND (completed_on, hours, score, passed, points_awarded, points_override_reason, evidence)
               IS DISTINCT FROM ($2::date, $3::numeric, $4::numeric, $5::boolean, $6::numeric, $7::text, $8::text)
             RETURNING id)
           SELECT id FROM changed`,
          [
            id,
            values.completedOn,
            values.hours,
            values.score,
            values.passed,
            values.points,
            values.overrideReason,
            values.evidence,
          ],
        )
        .catch((error: { code?: string }) => {
          if (error.code === '23505')
            throw conflict(DUPLICATE_RECORD, { rule: 'DUPLICATE_RECORD' });
          throw error;
        });
      if (changed.length === 0)
        throw badInput('reason', 'The correction changes nothing on the record', {
          rule: 'NOTHING_CHANGED',
        });
      return this.audited(manager, {
        actor,
        operation: 'correctTrainingRecord',
        id,
        before,
        detail: correction.reason.trim(),
        requestId,
      });
    });
  }

  /** Voiding keeps the record and its history; it stops counting towards points. */
  async void(
    actor: Actor,
    id: string,
    expectedVersion: number,
    reason: string,
    requestId: string,
  ): Promise<TrainingRecordType> {
    this.access.requirePermission(actor, 'training.manage');
    if (!reason.trim()) throw badInput('reason', 'Say why the record is voided');
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockedRecord(manager, id, expectedVersion);
      await manager.query(
        `UPDATE training_records SET status = 'VOIDED', void_reason = $2, voided_at = now(), voided_by = $3, version = version + 1, updated_at = now()
         WHERE id = $1`,
        [id, reason.trim(), actor.userId],
      );
      return this.audited(manager, {
        actor,
        operation: 'voidTrainingRecord',
        id,
        before,
        detail: reason.trim(),
        requestId,
      });
    });
  }

  /** Reads the record after a change and writes the change, before and after, to the audit log. */
  private async audited(
    manager: EntityManager,
    change: {
      actor: Actor;
      operation: AuditOperation;
      id: string;
      before: TrainingRecordType | null;
      detail: string | null;
      requestId: string;
    },
  ): Promise<TrainingRecordType> {
    const after = await this.recordById(manager, change.id);
    await this.audit.record(
      {
        actor: change.actor,
        operation: change.operation,
        entityType: 'TrainingRecord',
        entityId: change.id,
        before: change.before ? { ...change.before } : null,
        after: { ...after },
        detail: change.detail,
        requestId: change.requestId,
      },
      manager,
    );
    return after;
  }

  private async recordById(
    manager: EntityManager,
    id: string,
    lock = false,
  ): Promise<TrainingRecordType> {
    const [record] = await manager.query<TrainingRecordType[]>(
      `SELECT ${RECORD_COLUMNS} FROM training_records r WHERE r.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return record;
  }

  private async lockedRecord(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
  ): Promise<TrainingRecordType> {
    if (!/^\d{1,18}$/.test(id)) throw notFound('TrainingRecord', id);
    const record = await this.recordById(manager, id, true);
    if (!record) throw notFound('TrainingRecord', id);
    if (record.status === TrainingRecordStatus.VOIDED)
      throw conflict('This record is voided; record the completion again instead', {
        rule: 'RECORD_VOIDED',
      });
    if (record.version !== expectedVersion) {
      throw conflict('This record was changed by someone else; reload and try again', {
        currentVersion: record.version,
      });
    }
    return record;
  }

  private async activity(manager: EntityManager, id: number) {
    const [activity] = await manager.query<
      { id: number; points: string; startsOn: string; endsOn: string }[]
    >(
      `SELECT id, points::text AS points, starts_on AS "startsOn", ends_on AS "endsOn" FROM training_activities WHERE id = $1`,
      [id],
    );
    if (!activity) throw badInput('activityId', `There is no training activity ${id}`);
    return activity;
  }

  private async servicePeriod(manager: EntityManager, managerId: number): Promise<ServicePeriod> {
    const [period] = await manager.query<ServicePeriod[]>(
      `SELECT ${SERVICE_PERIOD_COLUMNS} FROM relationship_managers m WHERE m.id = $1`,
      [managerId],
    );
    if (!period) throw badInput('managerId', `There is no relationship manager ${managerId}`);
    return period;
  }

  /** Validates one completion's values against the catalogue and the settings. */
  private async checked(
    manager: EntityManager,
    activity: { points: string; startsOn: string; endsOn: string },
    served: ServicePeriod,
    input: Omit<TrainingRecordInput, 'managerId' | 'activityId'>,
  ) {
    const { settings } = await this.settings.current(manager);
    if (input.completedOn > bankToday())
      throw badInput('completedOn', 'The completion date is in the future', {
        rule: 'DATE_IN_FUTURE',
      });
    if (input.completedOn < activity.startsOn || input.completedOn > activity.endsOn) {
      throw badInput(
        'completedOn',
        `The activity ran from ${activity.startsOn} to ${activity.endsOn}`,
        {
          rule: 'OUTSIDE_ACTIVITY',
          params: { from: activity.startsOn, to: activity.endsOn },
        },
      );
    }
    switch (completionOutsideService(input.completedOn, served)) {
      case 'BEFORE_HIRE':
        throw badInput('completedOn', `The RM joined on ${served.hireDate}`, {
          rule: 'BEFORE_HIRE',
          params: { date: served.hireDate },
        });
      case 'AFTER_LEAVING':
        throw badInput('completedOn', `The RM left on ${served.leftOn}`, {
          rule: 'AFTER_LEAVING',
          params: { date: served.leftOn },
        });
    }
    if (!HOURS.test(input.hours))
      throw badInput('hours', 'hours must be a number such as 3 or 1.5');
    if (
      input.score !== null &&
      input.score !== undefined &&
      !(Number(input.score) >= 0 && Number(input.score) <= 100)
    ) {
      throw badInput('score', 'score must be from 0 to 100');
    }
    let points = activity.points;
    if (input.pointsAwarded !== null && input.pointsAwarded !== undefined) {
      const parsed = parsePoints(input.pointsAwarded);
      if (parsed === null || toTenths(parsed) > settings.maxPointsPerRecord * 10) {
        throw badInput(
          'pointsAwarded',
          `pointsAwarded must be from 0 to ${settings.maxPointsPerRecord} with at most one decimal`,
        );
      }
      points = parsed;
    }
    const overridden = toTenths(points) !== toTenths(activity.points);
    const overrideReason = overridden ? input.pointsOverrideReason?.trim() || null : null;
    if (overridden && !overrideReason)
      throw badInput('pointsOverrideReason', 'Say why the points differ from the catalogue');
    return {
      completedOn: input.completedOn,
      hours: input.hours,
      score: input.score ?? null,
      passed: input.passed ?? null,
      points,
      overrideReason,
      evidence: input.evidence?.trim() || null,
    };
  }

  private conditions(actor: Actor, filter: TrainingRecordFilter, params: unknown[]): string[] {
    const conditions = [this.access.managerScopeCondition(actor, 'm', params)];
    if (filter.branchId) {
      params.push(filter.branchId);
      conditions.push(`m.branch_id = $${params.length}`);
    }
    if (filter.managerId) {
      params.push(filter.managerId);
      conditions.push(`r.manager_id = $${params.length}`);
    }
    if (filter.type) {
      params.push(filter.type);
      conditions.push(`a.type = $${params.length}`);
    }
    if (filter.year) {
      params.push(`${filter.year}-01-01`, `${filter.year}-12-31`);
      conditions.push(`r.completed_on BETWEEN $${params.length - 1} AND $${params.length}`);
    }
    if (filter.status) {
      params.push(filter.status);
      conditions.push(`r.status = $${params.length}`);
    }
    return conditions;
  }
}
