import {
  RequestContexts,
  XLSX_CONTENT_TYPE,
  answeringRefusals,
  bankToday,
  exportLanguage,
  requireActor,
  requirePermission,
  sendDownload,
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
    await answeringRefusals(reply, async () => {
      const actor = requireActor(await this.contexts.create(request, reply));
      requirePermission(actor, 'audit.read');
      const filter = auditFilterFrom(query);
      const language = exportLanguage(request, query.lang);
      const entries = await this.audit.list(filter, MAX_AUDIT_EXPORT_ROWS);
      await sendDownload(
        reply,
        XLSX_CONTENT_TYPE,
        `audit-log-${bankToday()}.xlsx`,
        await auditWorkbook(entries, language),
      );
    });
  }
}
