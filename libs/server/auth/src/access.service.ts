import {
  clientScopeFor,
  hasPermission,
  managerScopeFor,
  type Actor,
  type Permission,
} from '@corebook/domain';
import { forbidden, notFound } from '@corebook/server/common';
import { inBookSql } from '@corebook/server/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The one access gate for client data: "an RM sees only the book" lives here,
 * as a SQL condition every client query adds, and as requireClientAccess for single ids.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  requirePermission(actor: Actor, permission: Permission): void {
    if (!hasPermission(actor, permission)) throw forbidden();
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
        return inBookSql(`${alias}.id`, `$${params.length}`);
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
