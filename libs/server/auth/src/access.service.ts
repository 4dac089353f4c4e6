import {
  branchScopeFor,
  clientScopeFor,
  managerScopeFor,
  type Actor,
  type Permission,
} from '@corebook/domain';
import { forbidden, notFound, requirePermission } from '@corebook/server/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The one access gate: which clients, RMs and branches a caller may read or act on lives
 * here, as SQL conditions every query adds and as require* checks for single ids ("an RM
 * sees only the book", "a branch head works in their branch"). The rules themselves are
 * the domain's scope functions (libs/domain/src/access-scope.ts).
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  requirePermission(actor: Actor, permission: Permission): void {
    requirePermission(actor, permission);
  }

  /**
   * A SQL condition limiting `alias` (a clients row) to the actor's scope. Pushes its
   * values onto `params` and refers to them positionally ($n).
   */
  clientScopeCondition(actor: Actor, alias: string, params: unknown[]): string {
    const scope = clientScopeFor(actor);
    switch (scope.kind) {
      case 'book':
        params.push(scope.managerId);
        return `EXISTS (SELECT 1 FROM current_assignments b WHERE b.client_id = ${alias}.id AND b.manager_id = $${params.length})`;
      case 'branch':
        params.push(scope.branchId);
        return `${alias}.branch_id = $${params.length}`;
      case 'bank':
        return 'TRUE';
      case 'none':
        return 'FALSE';
    }
  }

  /**
   * Refuses unless every id is a client the actor may read: FORBIDDEN for a client
   * outside the scope, NOT_FOUND for one that does not exist. Never returns data.
   */
  async requireClientAccess(actor: Actor, clientIds: readonly string[]): Promise<void> {
    this.requirePermission(actor, 'client.read');
    const malformed = clientIds.find((id) => !/^\d{1,18}$/.test(id));
    if (malformed !== undefined) throw notFound('Client', malformed);
    await this.requireAllInScope(
      {
        table: 'clients',
        entity: 'Client',
        idType: 'bigint',
        refusal: 'This client is not in your book',
      },
      clientIds.map(String),
      (params) => this.clientScopeCondition(actor, 'x', params),
    );
  }

  /**
   * A SQL condition limiting `alias` (a complaints row) to the complaints the actor may read:
   * those of clients in their scope, and for an RM also those they handle or are responsible
   * for (the client may have moved on since).
   */
  complaintScopeCondition(actor: Actor, alias: string, params: unknown[]): string {
    const scope = clientScopeFor(actor);
    switch (scope.kind) {
      case 'book':
        params.push(scope.managerId, actor.userId);
        return `(${alias}.handler_id = $${params.length} OR ${alias}.responsible_manager_id = $${params.length - 1}
          OR EXISTS (SELECT 1 FROM current_assignments b WHERE b.client_id = ${alias}.client_id AND b.manager_id = $${params.length - 1}))`;
      case 'branch':
        params.push(scope.branchId);
        return `${alias}.branch_id = $${params.length}`;
      case 'bank':
        return 'TRUE';
      case 'none':
        return 'FALSE';
    }
  }

  /** A SQL condition limiting `alias` (a relationship_managers row) to the managers the actor may read. */
  managerScopeCondition(actor: Actor, alias: string, params: unknown[]): string {
    const scope = managerScopeFor(actor);
    switch (scope.kind) {
      case 'self':
        params.push(scope.managerId);
        return `${alias}.id = $${params.length}`;
      case 'branch':
        params.push(scope.branchId);
        return `${alias}.branch_id = $${params.length}`;
      case 'bank':
        return 'TRUE';
      case 'none':
        return 'FALSE';
    }
  }

  /** Refuses unless the actor holds the permission and may read every one of these RMs. */
  async requireManagerAccess(
    actor: Actor,
    permission: Permission,
    managerIds: readonly number[],
  ): Promise<void> {
    this.requirePermission(actor, permission);
    await this.requireAllInScope(
      {
        table: 'relationship_managers',
        entity: 'RelationshipManager',
        idType: 'int',
        refusal: 'This RM is outside your scope',
      },
      managerIds.map(String),
      (params) => this.managerScopeCondition(actor, 'x', params),
    );
  }

  /**
   * The branch a request is about, for a caller holding `permission`: a branch head's own
   * (asking for another is FORBIDDEN), or for those whose scope is the bank the one asked
   * for (NOT_FOUND when the bank has no such branch), null meaning every branch.
   */
  async branchFor(
    actor: Actor,
    permission: Permission,
    requested: number | null,
  ): Promise<number | null> {
    this.requirePermission(actor, permission);
    const scope = branchScopeFor(actor);
    switch (scope.kind) {
      case 'none':
        throw forbidden();
      case 'branch':
        if (requested !== null && requested !== scope.branchId)
          throw forbidden('This branch is outside your scope');
        return scope.branchId;
      case 'bank':
        if (requested !== null) await this.requireBranchExists(requested);
        return requested;
    }
  }

  /**
   * Refuses unless the caller, holding `permission`, may act on this branch, or on the
   * whole bank when `branchId` is null (only those whose scope is the bank).
   */
  async requireBranchAccess(
    actor: Actor,
    permission: Permission,
    branchId: number | null,
  ): Promise<void> {
    this.requirePermission(actor, permission);
    const scope = branchScopeFor(actor);
    if (scope.kind === 'bank') {
      if (branchId !== null) await this.requireBranchExists(branchId);
      return;
    }
    if (branchId === null) throw forbidden('The whole bank is outside your scope');
    if (scope.kind !== 'branch' || scope.branchId !== branchId)
      throw forbidden('This branch is outside your scope');
  }

  /** A SQL condition limiting `column` (a branch id) to the branches the actor may see. */
  branchScopeCondition(actor: Actor, column: string, params: unknown[]): string {
    const scope = branchScopeFor(actor);
    switch (scope.kind) {
      case 'branch':
        params.push(scope.branchId);
        return `${column} = $${params.length}`;
      case 'bank':
        return 'TRUE';
      case 'none':
        return 'FALSE';
    }
  }

  /** NOT_FOUND for a branch the bank does not have, asked for by id (an empty answer would mislead). */
  private async requireBranchExists(branchId: number): Promise<void> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM branches WHERE id = $1', [
      branchId,
    ]);
    if (rows.length === 0) throw notFound('Branch', branchId);
  }

  /** One query says which of the ids exist and which the scope condition allows. */
  private async requireAllInScope(
    target: { table: string; entity: string; idType: 'int' | 'bigint'; refusal: string },
    requested: readonly string[],
    scopeCondition: (params: unknown[]) => string,
  ): Promise<void> {
    const ids = [...new Set(requested)];
    const params: unknown[] = [ids];
    const scope = scopeCondition(params);
    const rows: { id: string; allowed: boolean }[] = await this.dataSource.query(
      `SELECT x.id::text AS id, (${scope}) AS allowed FROM ${target.table} x WHERE x.id = ANY($1::${target.idType}[])`,
      params,
    );
    const found = new Set(rows.map((row) => row.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw notFound(target.entity, missing);
    if (rows.some((row) => !row.allowed)) throw forbidden(target.refusal);
  }
}
