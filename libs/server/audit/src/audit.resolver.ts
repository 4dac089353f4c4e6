import { SignedIn, decodeCursor, pageInfoOf, pageSize, pageOf } from '@corebook/server/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from './audit.service';
import {
  AuditChoices,
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
    const page = pageOf(
      rows.map((entry) => ({ ...entry, outcome: entry.outcome as AuditOutcomeValue })),
      size,
      (entry) => [entry.id],
    );
    return { edges: page.edges, pageInfo: pageInfoOf(page) };
  }

  @Query(() => AuditChoices, {
    description: 'The operations and object types in the audit log, for its filters (admin).',
  })
  @SignedIn('audit.read')
  auditChoices(): Promise<AuditChoices> {
    return this.audit.choices();
  }
}
