import {
  fairIndex,
  netPromoterScore,
  type Actor,
  type SatisfactionSettings,
} from '@corebook/domain';
import { AccessService } from '@corebook/server/auth';
import { bankToday } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { requirePeriod } from '../period';
import { ComplaintSettingsService } from './complaint-settings.service';
import { OPEN_STATUSES } from './complaints.service';
import type { ComplaintCountType, ComplaintSummaryType } from './complaints.types';

/** What the scorecard reads of one RM's service in a period (docs/domain.md rules 7-9). */
export interface ServiceQualityFigures {
  managerId: number;
  branchId: number;
  /** Complaints received in the period for which the RM was responsible. */
  complaints: number;
  upheld: number;
  decidedLate: number;
  /** Of those, still open now. */
  open: number;
  /** Survey responses credited to the RM in the period (vendor surveys; complaint ones apart). */
  responses: number;
  /** Their mean index, and the index shown: pulled toward the branch mean below the minimum. */
  meanIndex: number | null;
  satisfactionIndex: number | null;
  netPromoterScore: number | null;
  /** Responses asked when a complaint closed, reported apart. */
  complaintResponses: number;
}

/**
 * Per RM, complaints responsible, upheld and decided late, and the satisfaction index with
 * its response count, for a period; one branch's RMs or the bank's. The one place other
 * areas (the scorecard) read these from.
 */
export async function serviceQualityFigures(
  manager: EntityManager,
  from: string,
  to: string,
  branchId: number | null,
  settings: SatisfactionSettings,
): Promise<ServiceQualityFigures[]> {
  const params: unknown[] = [from, to];
  let branch = 'TRUE';
  if (branchId !== null) {
    params.push(branchId);
    branch = `m.branch_id = $${params.length}`;
  }
  const rows = await manager.query<
    (Omit<ServiceQualityFigures, 'satisfactionIndex' | 'netPromoterScore' | 'meanIndex'> & {
      meanIndex: string | null;
      recommend: number[] | null;
    })[]
  >(
    `WITH c AS (
       SELECT responsible_manager_id AS id, count(*)::int AS complaints,
              count(*) FILTER (WHERE upheld)::int AS upheld,
              count(*) FILTER (WHERE decided_late)::int AS "decidedLate",
              count(*) FILTER (WHERE status IN ${OPEN_STATUSES})::int AS open
       FROM complaints WHERE received_on BETWEEN $1 AND $2 AND responsible_manager_id IS NOT NULL
       GROUP BY responsible_manager_id
     ), s AS (
       SELECT manager_id AS id,
              count(*) FILTER (WHERE source = 'IMPORT')::int AS responses,
              avg(satisfaction_index) FILTER (WHERE source = 'IMPORT') AS "meanIndex",
              array_agg(recommend) FILTER (WHERE source = 'IMPORT' AND recommend IS NOT NULL) AS recommend,
              count(*) FILTER (WHERE source = 'COMPLAINT')::int AS "complaintResponses"
       FROM survey_responses WHERE surveyed_on BETWEEN $1 AND $2 AND manager_id IS NOT NULL
       GROUP BY manager_id
     )
     SELECT m.id AS "managerId", m.branch_id AS "branchId", coalesce(c.complaints, 0) AS complaints,
            coalesce(c.upheld, 0) AS upheld, coalesce(c."decidedLate", 0) AS "decidedLate", coalesce(c.open, 0) AS open,
            coalesce(s.responses, 0) AS responses, round(s."meanIndex", 2)::text AS "meanIndex", s.recommend,
            coalesce(s."complaintResponses", 0) AS "complaintResponses"
     FROM relationship_managers m LEFT JOIN c ON c.id = m.id LEFT JOIN s ON s.id = m.id
     WHERE ${branch} AND (m.status <> 'LEFT' OR c.id IS NOT NULL OR s.id IS NOT NULL)
     ORDER BY m.branch_id, m.name, m.id`,
    params,
  );
  // The branch mean of the responses (not of the RMs' means): what a small book is pulled toward.
  const branchMeans = new Map<number, number>();
  const byBranch = new Map<number, { sum: number; n: number }>();
  for (const row of rows) {
    if (row.meanIndex === null) continue;
    const total = byBranch.get(row.branchId) ?? { sum: 0, n: 0 };
    total.sum += Number(row.meanIndex) * row.responses;
    total.n += row.responses;
    byBranch.set(row.branchId, total);
  }
  for (const [id, total] of byBranch) branchMeans.set(id, total.sum / total.n);
  return rows.map(({ recommend, meanIndex, ...row }) => {
    const mean = meanIndex === null ? null : Number(meanIndex);
    return {
      ...row,
      meanIndex: mean,
      satisfactionIndex: fairIndex(
        { mean, responses: row.responses },
        branchMeans.get(row.branchId) ?? null,
        settings,
      ),
      netPromoterScore: netPromoterScore(recommend ?? []),
    };
  });
}

/** Complaint summaries (件件有总结) and each RM's complaints and satisfaction, in scope. */
@Injectable()
export class ComplaintSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly settings: ComplaintSettingsService,
  ) {}

  /** Complaints received in a period: a branch head their branch, admin a branch or the bank. */
  async summary(
    actor: Actor,
    from: string,
    to: string,
    branchId: number | null,
  ): Promise<ComplaintSummaryType> {
    const branch = await this.access.branchFor(actor, 'complaint.manage', branchId);
    requirePeriod(from, to);
    const params: unknown[] = [from, to, bankToday()];
    let scope = 'TRUE';
    if (branch !== null) {
      params.push(branch);
      scope = `p.branch_id = $${params.length}`;
    }
    const rows = await this.dataSource.query<
      {
        business: string | null;
        cause: string | null;
        branch: number | null;
        manager: number | null;
        level: number;
        count: number;
        upheld: number;
        decided: number;
        onTime: number;
        redress: string;
        median: number | null;
        open: number;
        overdue: number;
      }[]
    >(
      `SELECT p.business, p.cause, p.branch_id AS branch, p.responsible_manager_id AS manager,
              GROUPING(p.business, p.cause, p.branch_id, p.responsible_manager_id) AS level,
              count(*)::int AS count, count(*) FILTER (WHERE p.upheld)::int AS upheld,
              count(*) FILTER (WHERE p.decided_on IS NOT NULL)::int AS decided,
              count(*) FILTER (WHERE p.decided_on IS NOT NULL AND NOT p.decided_late)::int AS "onTime",
              coalesce(sum(p.redress_amount), 0)::text AS redress,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY p.decided_on - p.received_on)
                FILTER (WHERE p.decided_on IS NOT NULL) AS median,
              count(*) FILTER (WHERE p.status IN ${OPEN_STATUSES})::int AS open,
              count(*) FILTER (WHERE p.status IN ${OPEN_STATUSES} AND p.due_on < $3::date)::int AS overdue
       FROM complaints p
       WHERE p.received_on BETWEEN $1::date AND $2::date AND ${scope}
       GROUP BY GROUPING SETS ((), (p.business), (p.cause), (p.branch_id), (p.responsible_manager_id))`,
      params,
    );
    // GROUPING's bits, first argument highest: all four set is the total.
    const total = rows.find((row) => row.level === 15);
    const counts = (
      level: number,
      key: (row: (typeof rows)[number]) => string | number | null,
    ): ComplaintCountType[] =>
      rows
        .filter((row) => row.level === level)
        .map((row) => ({ key: String(key(row) ?? ''), count: row.count, upheld: row.upheld }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    const decided = total?.decided ?? 0;
    return {
      from,
      to,
      received: total?.count ?? 0,
      decided,
      decidedOnTime: total?.onTime ?? 0,
      onTimeShare: decided === 0 ? null : (total?.onTime ?? 0) / decided,
      upheld: total?.upheld ?? 0,
      upheldRate: decided === 0 ? null : (total?.upheld ?? 0) / decided,
      redressPaid: total?.redress ?? '0.00',
      medianDaysToDecision: total?.median ?? null,
      open: total?.open ?? 0,
      overdue: total?.overdue ?? 0,
      byBusiness: counts(7, (row) => row.business),
      byCause: counts(11, (row) => row.cause),
      byBranch: counts(13, (row) => row.branch),
      byResponsibleManager: counts(14, (row) => row.manager),
    };
  }

  /** Per RM: an RM their own, a branch head their branch's, admin a branch's or the bank's. */
  async serviceQuality(
    actor: Actor,
    from: string,
    to: string,
    branchId: number | null,
  ): Promise<ServiceQualityFigures[]> {
    requirePeriod(from, to);
    const { settings } = await this.settings.satisfaction();
    if (actor.role === 'RM') {
      this.access.requirePermission(actor, 'complaint.read');
      const rows = await serviceQualityFigures(
        this.dataSource.manager,
        from,
        to,
        actor.branchId,
        settings,
      );
      return rows.filter((row) => row.managerId === actor.managerId);
    }
    const branch = await this.access.branchFor(actor, 'complaint.read', branchId);
    return serviceQualityFigures(this.dataSource.manager, from, to, branch, settings);
  }
}
