import { parsePoints, type Actor } from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { badInput, conflict, notFound } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  TrainingTypeValue,
  type TrainingActivityFilter,
  type TrainingActivityInput,
  type TrainingActivityType,
} from './training.types';

const GRADES = ['JUNIOR', 'INTERMEDIATE', 'SENIOR', 'PRINCIPAL'];

export const ACTIVITY_COLUMNS = `
  a.id, a.code, a.type, a.title, a.provider, a.starts_on AS "startsOn", a.ends_on AS "endsOn",
  a.points::text AS points, a.mandatory, a.mandatory_grades AS "mandatoryGrades",
  a.validity_months AS "validityMonths", a.active, a.version`;

type ValidActivity = ReturnType<CatalogueService['validated']>;

/** The 11 writable columns, in the order the INSERT and UPDATE statements use. */
function columnValues(activity: ValidActivity): unknown[] {
  return [
    activity.code,
    activity.type,
    activity.title,
    activity.provider,
    activity.startsOn,
    activity.endsOn,
    activity.points,
    activity.mandatory,
    activity.mandatoryGrades,
    activity.validityMonths,
    activity.active,
  ];
}

/** Codes are unique ignoring case (an index): a clash, even a concurrent one, names the field. */
function refuseDuplicateCode(code: string) {
  return (error: unknown): never => {
    if ((error as { code?: string }).code === '23505')
      throw badInput('code', `An activity with code ${code} already exists`, {
        rule: 'DUPLICATE_CODE',
        params: { code },
      });
    throw error;
  };
}

/** HR's training catalogue: every role reads it, HR and admin change it (audited). */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, filter: TrainingActivityFilter): Promise<TrainingActivityType[]> {
    this.access.requirePermission(actor, 'training.read');
    const params: unknown[] = [];
    const conditions = ['TRUE'];
    if (filter.type) {
      params.push(filter.type);
      conditions.push(`a.type = $${params.length}`);
    }
    if (filter.year) {
      params.push(`${filter.year}-01-01`, `${filter.year}-12-31`);
      conditions.push(`a.ends_on >= $${params.length - 1} AND a.starts_on <= $${params.length}`);
    }
    if (filter.search?.trim()) {
      params.push(`%${filter.search.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      conditions.push(
        `(a.title ILIKE $${params.length} OR a.code ILIKE $${params.length} OR a.provider ILIKE $${params.length})`,
      );
    }
    if (filter.activeOnly) conditions.push('a.active');
    return this.dataSource.query(
      `SELECT ${ACTIVITY_COLUMNS} FROM training_activities a WHERE ${conditions.join(' AND ')} ORDER BY a.starts_on DESC, a.code`,
      params,
    );
  }

  async byIds(
    ids: readonly number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TrainingActivityType[]> {
    return manager.query(
      `SELECT ${ACTIVITY_COLUMNS} FROM training_activities a WHERE a.id = ANY($1::int[])`,
      [ids],
    );
  }

  async create(
    actor: Actor,
    input: TrainingActivityInput,
    requestId: string,
  ): Promise<TrainingActivityType> {
    this.access.requirePermission(actor, 'training.manage');
    const activity = this.validated(input);
    return this.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager
        .query<{ id: number }[]>(
          `INSERT INTO training_activities (code, type, title, provider, starts_on, ends_on, points, mandatory, mandatory_grades, validity_months, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          columnValues(activity),
        )
        .catch(refuseDuplicateCode(activity.code));
      const [created] = await this.byIds([id], manager);
      await this.audit.record(
        {
          actor,
          operation: 'createTrainingActivity',
          entityType: 'TrainingActivity',
          entityId: id,
          after: { ...created },
          requestId,
        },
        manager,
      );
      return created;
    });
  }

  async update(
    actor: Actor,
    id: number,
    expectedVersion: number,
    input: TrainingActivityInput,
    requestId: string,
  ): Promise<TrainingActivityType> {
    this.access.requirePermission(actor, 'training.manage');
    const activity = this.validated(input);
    return this.dataSource.transaction(async (manager) => {
      const [before] = await this.byIds([id], manager);
      if (!before) throw notFound('TrainingActivity', id);
      const updated = await manager
        .query<unknown[]>(
          // As a CTE so the driver returns the rows (a bare UPDATE answers [rows, count]).
          `WITH updated AS (UPDATE training_activities SET code = $3, type = $4, title = $5, provider = $6, starts_on = $7, ends_on = $8, points = $9,
           mandatory = $10, mandatory_grades = $11, validity_months = $12, active = $13, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id) SELECT id FROM updated`,
          [id, expectedVersion, ...columnValues(activity)],
        )
        .catch(refuseDuplicateCode(activity.code));
      if (updated.length === 0)
        throw conflict('This activity was changed by someone else; reload and try again', {
          currentVersion: before.version,
        });
      const [after] = await this.byIds([id], manager);
      await this.audit.record(
        {
          actor,
          operation: 'updateTrainingActivity',
          entityType: 'TrainingActivity',
          entityId: id,
          before: { ...before },
          after: { ...after },
          requestId,
        },
        manager,
      );
      return after;
    });
  }

  private validated(
    given: TrainingActivityInput,
  ): Required<TrainingActivityInput> & { mandatoryGrades: string[] } {
    const input = {
      ...given,
      mandatory: given.mandatory ?? false,
      mandatoryGrades: given.mandatoryGrades ?? [],
      active: given.active ?? true,
      validityMonths: given.validityMonths ?? null,
    };
    const text = (field: 'code' | 'title' | 'provider', max: number) => {
      const value = input[field].trim();
      if (!value) throw badInput(field, `${field} is required`);
      if (value.length > max) throw badInput(field, `${field} is at most ${max} characters`);
      return value;
    };
    const code = text('code', 40);
    if (!/^[\w.-]+$/.test(code))
      throw badInput('code', 'code may hold letters, digits, dot, dash and underscore only');
    if (input.endsOn < input.startsOn)
      throw badInput('endsOn', 'endsOn must not be before startsOn');
    const points = parsePoints(input.points);
    if (points === null || Number(points) > 1000)
      throw badInput('points', 'points must be a number from 0 to 1000 with at most one decimal');
    const unknownGrade = input.mandatoryGrades.find((grade) => !GRADES.includes(grade));
    if (unknownGrade) throw badInput('mandatoryGrades', `unknown grade ${unknownGrade}`);
    const certification = input.type === TrainingTypeValue.CERTIFICATION;
    if (certification && !input.validityMonths)
      throw badInput('validityMonths', 'a certification needs a validity in months');
    if (!certification && input.validityMonths)
      throw badInput('validityMonths', 'only certifications have a validity');
    if (
      input.validityMonths !== null &&
      input.validityMonths !== undefined &&
      (input.validityMonths < 1 || input.validityMonths > 120)
    ) {
      throw badInput('validityMonths', 'validityMonths must be from 1 to 120');
    }
    return { ...input, code, points, title: text('title', 200), provider: text('provider', 200) };
  }
}
