import {
  SignedIn,
  decodeCursor,
  encodeCursor,
  pageInfoOf,
  pageSize,
} from '@corebook/server/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from './audit.service';
import {
  AuditEntryConnection,
  AuditEntryType,
  AuditFilterInput,
  type AuditOutcomeValue,
} from './audit.types';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (admin).' })
  @SignedIn('audit.read')
  async auditLog(
    @Args('filter', { type: () => AuditFilterInput, nullable: true })
    filter: AuditFilterInput | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditEntryConnection> {
    const size = pageSize(first);
    const afterId = after ? decodeCursor(after, ['id'])[0] : undefined;
    const rows = await this.audit.list(filter ?? {}, size + 1, afterId);
    const page = rows.slice(0, size);
    const edges = page.map((entry) => ({
      cursor: encodeCursor([entry.id]),
      node: { ...entry, outcome: entry.outcome as AuditOutcomeValue },
    }));
    return { edges, pageInfo: pageInfoOf({ edges, hasNextPage: rows.length > size }) };
  }
}
