import {
  trainingFile,
  type Actor,
  type CatalogueActivity,
  type Completion,
} from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import { badInput, bankToday, bankYear } from '@corebook/server/common';
import { OrgService } from '@corebook/server/org';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACTIVITY_COLUMNS } from './catalogue.service';
import { TrainingSettingsService } from './training-settings.service';
import {
  CertificateStateValue,
  type CertificateStatusType,
  type TrainingActivityType,
  type TrainingFileType,
} from './training.types';

/**
 * Training files (docs/domain.md rule 10): the rules live in libs/domain (trainingFile); this
 * service loads what they need, for one RM or many, within the caller's scope.
 */
@Injectable()
export class TrainingFileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly settings: TrainingSettingsService,
    private readonly org: OrgService,
  ) {}

  async file(actor: Actor, managerId: number, year: number): Promise<TrainingFileType> {
    await this.access.requireManagerAccess(actor, 'training.read', [managerId]);
    const [file] = await this.files([managerId], year);
    return file;
  }

  /** Files of the RMs of a branch (a branch head's own; HR and admin any), for the overview. */
  async overview(actor: Actor, branchId: number | null, year: number): Promise<TrainingFileType[]> {
    this.access.requirePermission(actor, 'training.read');
    if (branchId === null && (actor.role === 'HR' || actor.role === 'ADMIN')) {
      throw badInput('branchId', 'Choose a branch');
    }
    return this.files(await this.currentManagers(actor, branchId, false), year);
  }

  /** Certificates expired or expiring within the warning window, for RMs in scope. */
  async expiringCertificates(
    actor: Actor,
    branchId: number | null,
  ): Promise<CertificateStatusType[]> {
    this.access.requirePermission(actor, 'training.read');
    const files = await this.files(await this.currentManagers(actor, branchId, true), bankYear());
    return files
      .flatMap((file) => file.certificates)
      .filter((certificate) => certificate.state !== CertificateStateValue.VALID)
      .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
  }

  /** The minimum points a year for core clients (the training settings). */
  async coreClientMinimum(): Promise<number> {
    return (await this.settings.current()).settings.minimumPointsForCoreClients;
  }

  /**
   * Whether each RM met the minimum training points for core clients in a year: the
   * eligibility rule (libs/domain coreClientStanding) reads this year's and last year's.
   */
  async meetsCoreClientMinimum(
    managerIds: readonly number[],
    year: number,
  ): Promise<Map<number, boolean>> {
    const files = await this.files(managerIds, year);
    return new Map(files.map((file) => [file.managerId, file.meetsCoreClientMinimum]));
  }

  async activitiesByIds(ids: readonly number[]): Promise<TrainingActivityType[]> {
    return this.dataSource.query(
      `SELECT ${ACTIVITY_COLUMNS} FROM training_activities a WHERE a.id = ANY($1::int[])`,
      [ids],
    );
  }

  private async files(managerIds: readonly number[], year: number): Promise<TrainingFileType[]> {
    if (managerIds.length === 0) return [];
    const { settings } = await this.settings.current();
    const managers = await this.dataSource.query<{ id: number; grade: string }[]>(
      `SELECT id, grade FROM relationship_managers WHERE id = ANY($1::int[])`,
      [managerIds],
    );
    const activities = await this.dataSource.query<(CatalogueActivity & { id: number })[]>(
      `SELECT a.id, a.type, a.starts_on AS "startsOn", a.ends_on AS "endsOn", a.points::text AS points, a.mandatory,
              a.mandatory_grades AS "mandatoryGrades", a.validity_months AS "validityMonths", a.active
       FROM training_activities a WHERE a.starts_on <= $1 AND (a.ends_on >= $2 OR a.validity_months IS NOT NULL)`,
      [`${year}-12-31`, `${year}-01-01`],
    );
    const completions = await this.dataSource.query<(Completion & { managerId: number })[]>(
      `SELECT r.manager_id AS "managerId", r.activity_id AS "activityId", r.completed_on AS "completedOn",
              r.points_awarded::text AS "pointsAwarded"
       FROM training_records r WHERE r.status = 'ACTIVE' AND r.manager_id = ANY($1::int[]) AND r.completed_on <= $2`,
      [managerIds, `${year}-12-31`],
    );
    const byManager = new Map<number, Completion[]>();
    for (const { managerId, ...completion } of completions) {
      byManager.set(managerId, [...(byManager.get(managerId) ?? []), completion]);
    }
    const gradeOf = new Map(managers.map((m) => [m.id, m.grade]));
    return managerIds
      .filter((id) => gradeOf.has(id))
      .map((managerId) => {
        const summary = trainingFile({
          year,
          today: bankToday(),
          grade: gradeOf.get(managerId)!,
          settings,
          activities,
          completions: byManager.get(managerId) ?? [],
        });
        return {
          ...summary,
          managerId,
          mandatoryMissingIds: summary.mandatoryMissing,
          certificates: summary.certificates.map((certificate) => ({
            ...certificate,
            managerId,
          })) as CertificateStatusType[],
        };
      });
  }

  /** RMs in the actor's scope who have not left, optionally of one branch, optionally only those holding a certificate. */
  private async currentManagers(
    actor: Actor,
    branchId: number | null,
    withCertificates: boolean,
  ): Promise<number[]> {
    const params: unknown[] = [];
    const conditions = [
      this.access.managerScopeCondition(actor, 'm', params),
      `m.status <> 'LEFT'`,
    ];
    if (branchId !== null) {
      await this.org.requireBranch(branchId);
      params.push(branchId);
      conditions.push(`m.branch_id = $${params.length}`);
    }
    if (withCertificates) {
      conditions.push(`EXISTS (SELECT 1 FROM training_records r JOIN training_activities a ON a.id = r.activity_id
                               WHERE r.manager_id = m.id AND r.status = 'ACTIVE' AND a.validity_months IS NOT NULL)`);
    }
    const managers = await this.dataSource.query<{ id: number }[]>(
      `SELECT m.id FROM relationship_managers m WHERE ${conditions.join(' AND ')} ORDER BY m.name, m.id`,
      params,
    );
    return managers.map((m) => m.id);
  }
}
