import { postingProblem, type Actor } from '@corebook/domain';
import { AuditService } from '@corebook/server/audit';
import { AccessService } from '@corebook/server/auth';
import { badInput, bankToday, conflict, LOGGER } from '@corebook/server/common';
import { OrgService, type RelationshipManagerEntity } from '@corebook/server/org';
import { coreClientsHeldBy, latestCompletedRun } from '@corebook/server/ranking-reader';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AssignmentSettingsService } from './assignment-settings.service';
import { PlanTriggerValue, type RelationshipManagerUpdateInput } from './assignment.types';
import { type ManagerPosting } from './eligibility.service';
import { PlanningService } from './planning.service';
import { coreClientsHeld } from './reassign.service';

const MAX_CORE_CAPACITY = 1000;

interface Posting {
  status: ManagerPosting['status'];
  coreCapacity: number;
  branchId: number;
}

/**
 * An RM's posting (status and core-client capacity), kept by HR. When a change takes an RM
 * off core clients, or below the number they hold, their branch is re-planned at once
 * (docs/domain.md rule 11), so the branch head finds the plan on the assignment board.
 */
@Injectable()
export class PostingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly org: OrgService,
    private readonly settings: AssignmentSettingsService,
    private readonly planning: PlanningService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Core clients of the latest ranking run in each RM's book (0 before the first run). */
  async coreClientsHeld(actor: Actor, managerIds: readonly number[]): Promise<number[]> {
    this.access.requirePermission(actor, 'manager.standing.read');
    const runId = await latestCompletedRun(this.dataSource.manager);
    const held =
      runId === null
        ? new Map<number, number>()
        : await coreClientsHeldBy(this.dataSource.manager, runId, managerIds);
    return managerIds.map((id) => held.get(id) ?? 0);
  }

  async update(
    actor: Actor,
    input: RelationshipManagerUpdateInput,
    requestId: string,
  ): Promise<RelationshipManagerEntity> {
    await this.access.requireManagerAccess(actor, 'manager.manage', [input.id]);
    if (
      !Number.isInteger(input.coreCapacity) ||
      input.coreCapacity < 0 ||
      input.coreCapacity > MAX_CORE_CAPACITY
    )
      throw badInput('coreCapacity', `coreCapacity must be from 0 to ${MAX_CORE_CAPACITY}`, {
        rule: 'WHOLE_RANGE',
        params: { min: 0, max: MAX_CORE_CAPACITY },
      });
    const before = await this.dataSource.transaction(async (manager) => {
      const [previous] = await manager.query<Posting[]>(
        `SELECT status, core_capacity AS "coreCapacity", branch_id AS "branchId"
         FROM relationship_managers WHERE id = $1 FOR UPDATE`,
        [input.id],
      );
      const updated = await manager.query<{ id: number }[]>(
        // As a CTE so the driver returns the rows (a bare UPDATE answers [rows, count]).
        `WITH updated AS (
           UPDATE relationship_managers SET status = $2, core_capacity = $3, version = version + 1, updated_at = now(),
             -- An RM who leaves left today, or when their contract ended if that was earlier:
             -- training dated after it no longer counts (completionOutsideService).
             contract_end_date = CASE WHEN $2 = 'LEFT' AND status <> 'LEFT'
               THEN least(coalesce(contract_end_date, $5::date), $5::date) ELSE contract_end_date END
           WHERE id = $1 AND version = $4 RETURNING id)
         SELECT id FROM updated`,
        [input.id, input.status, input.coreCapacity, input.version, bankToday()],
      );
      if (updated.length === 0)
        throw conflict("This RM's posting was changed by someone else; reload and try again");
      await this.audit.record(
        {
          actor,
          operation: 'updateRelationshipManager',
          entityType: 'RelationshipManager',
          entityId: input.id,
          before: { status: previous.status, coreCapacity: previous.coreCapacity },
          after: { status: input.status, coreCapacity: input.coreCapacity },
          requestId,
        },
        manager,
      );
      return previous;
    });
    await this.replanIfBooksAffected(actor, input, before, requestId);
    const [saved] = await this.org.managersByIds([input.id]);
    return saved;
  }

  private async replanIfBooksAffected(
    actor: Actor,
    input: RelationshipManagerUpdateInput,
    before: Posting,
    requestId: string,
  ): Promise<void> {
    const runId = await latestCompletedRun(this.dataSource.manager);
    if (runId === null) return;
    const { settings } = await this.settings.current();
    const becameIneligible =
      postingProblem(before.status, settings) === null &&
      postingProblem(input.status, settings) !== null;
    const [{ book }] = await this.dataSource.query<{ book: number }[]>(
      'SELECT count(*)::int AS book FROM current_assignments WHERE manager_id = $1',
      [input.id],
    );
    const core = await coreClientsHeld(this.dataSource.manager, runId, input.id);
    if (!((becameIneligible && book > 0) || input.coreCapacity < core)) return;
    try {
      await this.planning.planFor(actor, before.branchId, PlanTriggerValue.RM_CHANGED, requestId);
    } catch (error) {
      // The posting itself is saved; the failed plan stays on the board with its error.
      this.logger.error(
        { err: error, managerId: input.id },
        'could not re-plan after an RM change',
      );
    }
  }
}
