import {
  RequestContexts,
  bankToday,
  requirePermission,
  sendWorkbookTo,
} from '@corebook/server/common';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { auditFilterFrom, auditWorkbook } from './audit-workbook';
import { AuditService } from './audit.service';

/** The newest entries an export holds; narrower filters reach older ones. */
export const MAX_AUDIT_EXPORT_ROWS = 100_000;

/** The audit log as a download (the session cookie or a bearer token authenticates). */
@Controller('audit')
export class AuditDownloadsController {
  constructor(
    private readonly contexts: RequestContexts,
    private readonly audit: AuditService,
  ) {}

  /**
   * The log with the filter on screen (auditLog's filter fields; `from` and `to` ISO
   * instants), newest first; `lang` (en, zh-CN) names the columns, operations and outcomes.
   */
  @Get('entries.xlsx')
  async entriesWorkbook(
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendWorkbookTo(this.contexts, request, reply, async (actor, language) => {
      requirePermission(actor, 'audit.read');
      const entries = await this.audit.list(auditFilterFrom(query), MAX_AUDIT_EXPORT_ROWS);
      return {
        fileName: `audit-log-${bankToday()}.xlsx`,
        workbook: await auditWorkbook(entries, language),
      };
    });
  }
}
