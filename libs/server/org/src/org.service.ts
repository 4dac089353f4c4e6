import { branchScopeFor, managerScopeFor, type Actor } from '@corebook/domain';
import { decodeCursor, forbidden, notFound, pageOf } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { BranchEntity, RegionEntity, RelationshipManagerEntity } from './org.entities';
import type { RelationshipManagerFilter } from './org.types';

const MANAGER_COLUMNS = `
  m.id, m.employee_no AS "employeeNo", m.name, m.branch_id AS "branchId", m.grade,
  m.core_capacity AS "coreCapacity", to_char(m.hire_date, 'YYYY-MM-DD') AS "hireDate",
  to_char(m.contract_end_date, 'YYYY-MM-DD') AS "contractEndDate", m.status, m.version`;

/**
 * The columns of a ServicePeriod (libs/domain training/service-period.ts) from a
 * relationship_managers row aliased `m`: a leaver left when their last contract ended.
 */
export const SERVICE_PERIOD_COLUMNS = `to_char(m.hire_date, 'YYYY-MM-DD') AS "hireDate",
  CASE WHEN m.status = 'LEFT' THEN to_char(m.contract_end_date, 'YYYY-MM-DD') END AS "leftOn"`;

export interface ManagerPage {
  edges: { cursor: string; node: RelationshipManagerEntity }[];
  hasNextPage: boolean;
}

/** Regions, branches and RMs: reads for pickers and for the fields other areas show. */
@Injectable()
export class OrgService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * NOT_FOUND for a branch the bank does not have, asked for by id: an empty list would say
   * the branch has nothing. Callers check scope too (a branch head: their own branch only).
   */
  async requireBranch(branchId: number): Promise<void> {
    const [branch] = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM branches WHERE id = $1',
      [branchId],
    );
    if (!branch) throw notFound('Branch', branchId);
  }

  regionsByIds(ids: readonly number[]): Promise<RegionEntity[]> {
    return this.dataSource.getRepository(RegionEntity).findBy({ id: In([...ids]) });
  }

  branchesByIds(ids: readonly number[]): Promise<BranchEntity[]> {
    return this.dataSource.getRepository(BranchEntity).findBy({ id: In([...ids]) });
  }

  managersByIds(ids: readonly number[]): Promise<RelationshipManagerEntity[]> {
    return this.dataSource.getRepository(RelationshipManagerEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Branches the caller works with: a branch head their own, HR and admin all
   * (branchScopeFor); an RM the branch they work in.
   */
  branches(actor: Actor): Promise<BranchEntity[]> {
    const repository = this.dataSource.getRepository(BranchEntity);
    const scope = branchScopeFor(actor);
    switch (scope.kind) {
      case 'bank':
        return repository.find({ order: { code: 'ASC' } });
      case 'branch':
        return repository.find({ where: { id: scope.branchId } });
      case 'none':
        return actor.branchId === null
          ? Promise.resolve([])
          : repository.find({ where: { id: actor.branchId } });
    }
  }

  /** RMs the caller may list (managerScopeFor): an RM themself, a branch head the branch, HR and admin any branch. */
  async managers(actor: Actor, branchId: number | null): Promise<RelationshipManagerEntity[]> {
    const repository = this.dataSource.getRepository(RelationshipManagerEntity);
    const scope = managerScopeFor(actor);
    switch (scope.kind) {
      case 'self':
        return repository.find({ where: { id: scope.managerId } });
      case 'branch':
        if (branchId !== null && branchId !== scope.branchId)
          throw forbidden('This branch is outside your scope');
        return repository.find({ where: { branchId: scope.branchId }, order: { name: 'ASC' } });
      case 'bank':
        if (branchId !== null) await this.requireBranch(branchId);
        return repository.find({
          where: branchId === null ? {} : { branchId },
          order: { branchId: 'ASC', name: 'ASC' },
        });
      case 'none':
        return [];
    }
  }

  /**
   * One page of the RMs the caller may list (the same scopes as managers()), filtered,
   * in branch, name and id order; keyset-paged on those three.
   */
  async managerPage(
    actor: Actor,
    filter: RelationshipManagerFilter,
    first: number,
    after: string | null,
  ): Promise<ManagerPage> {
    const params: unknown[] = [];
    const conditions = this.managerConditions(actor, filter, params);
    if (filter.branchId !== null && filter.branchId !== undefined)
      await this.requireBranch(filter.branchId);
    if (after) {
      const [branchId, name, id] = decodeCursor(after, ['int', 'text', 'int']);
      params.push(branchId, name, id);
      const n = params.length;
      conditions.push(
        `(m.branch_id, m.name, m.id) > ($${n - 2}::int, $${n - 1}::text, $${n}::int)`,
      );
    }
    params.push(first + 1);
    const rows = await this.dataSource.query<RelationshipManagerEntity[]>(
      `SELECT ${MANAGER_COLUMNS} FROM relationship_managers m
       WHERE ${conditions.join(' AND ')}
       ORDER BY m.branch_id, m.name, m.id LIMIT $${params.length}`,
      params,
    );
    return pageOf(rows, first, (manager) => [manager.branchId, manager.name, manager.id]);
  }

  async managerCount(actor: Actor, filter: RelationshipManagerFilter): Promise<number> {
    const params: unknown[] = [];
    const conditions = this.managerConditions(actor, filter, params);
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM relationship_managers m WHERE ${conditions.join(' AND ')}`,
      params,
    );
    return count;
  }

  /** The caller's scope (as for the access gate: managerScopeFor) and then the filter. */
  private managerConditions(
    actor: Actor,
    filter: RelationshipManagerFilter,
    params: unknown[],
  ): string[] {
    const scope = managerScopeFor(actor);
    const branchId = filter.branchId ?? null;
    const conditions: string[] = [];
    const equal = (column: string, value: unknown) => {
      params.push(value);
      conditions.push(`${column} = $${params.length}`);
    };
    switch (scope.kind) {
      case 'self':
        equal('m.id', scope.managerId);
        break;
      case 'branch':
        if (branchId !== null && branchId !== scope.branchId)
          throw forbidden('You can only list the RMs of your branch');
        equal('m.branch_id', scope.branchId);
        break;
      case 'bank':
        break;
      case 'none':
        conditions.push('FALSE');
    }
    if (branchId !== null) equal('m.branch_id', branchId);
    if (filter.status) equal('m.status', filter.status);
    const search = filter.search?.trim();
    if (search) {
      const escaped = search.replace(/[\\%_]/g, (ch) => `\\${ch}`);
      params.push(`%${escaped}%`, `${escaped}%`);
      conditions.push(
        `(m.name ILIKE $${params.length - 1} OR m.employee_no ILIKE $${params.length})`,
      );
    }
    return conditions.length > 0 ? conditions : ['TRUE'];
  }
}
