import { RequestContexts, bankToday, sendWorkbookTo } from '@corebook/server/common';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClientsExportService, clientExportQuery, clientsWorkbook } from './clients-export';

/** The client list as a download (the session cookie or a bearer token authenticates). */
@Controller('clients')
export class ClientsDownloadsController {
  constructor(
    private readonly contexts: RequestContexts,
    private readonly exports: ClientsExportService,
  ) {}

  /**
   * The list with the filter and order on screen (the fields of `clients`' filter and sort),
   * within the caller's scope; `lang` (en, zh-CN) names the columns and codes.
   */
  @Get('export.xlsx')
  async clientsWorkbook(
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendWorkbookTo(this.contexts, request, reply, async (actor, language) => {
      const { filter, sort } = clientExportQuery(query);
      const rows = await this.exports.rows(actor, filter, sort);
      return {
        fileName: `clients-${bankToday()}.xlsx`,
        workbook: await clientsWorkbook(rows, language),
      };
    });
  }
}
