import { RequestContextFactory } from '@corebook/server/auth';
import {
  answeringRefusals,
  badInput,
  exportLanguage,
  queryChoice,
  queryInt,
  requireActor,
  sendDownload,
  sendWorkbookTo,
} from '@corebook/server/common';
import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TrainingImportService } from './import.service';
import { trainingRecordsWorkbook } from './records-workbook';
import { RecordsService } from './records.service';
import {
  TrainingRecordStatus,
  TrainingTypeValue,
  type TrainingRecordFilter,
} from './training.types';

const MAX_EXPORT_ROWS = 100_000;

/** Where a training file is uploaded as the request body (its own size limit, not GraphQL's). */
export const TRAINING_UPLOAD_PATH = '/training/imports';

/** Files to upload and to download (the session cookie or a bearer token authenticates). */
@Controller('training')
export class TrainingDownloadsController {
  constructor(
    private readonly contexts: RequestContextFactory,
    private readonly imports: TrainingImportService,
    private readonly records: RecordsService,
  ) {}

  /**
   * A CSV or XLSX export as the body (application/octet-stream), its name in `fileName`:
   * the same preview as GraphQL's importTrainingRecords, for files of up to 20 MB. Answers
   * the import's id, or `errors` shaped like GraphQL's with the HTTP status of the refusal.
   */
  @Post('imports')
  async upload(
    @Query('fileName') fileName: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await answeringRefusals(reply, async () => {
      const context = await this.contexts.create(request, reply);
      const actor = requireActor(context);
      if (!Buffer.isBuffer(request.body))
        throw badInput(
          'file',
          'Send the file as the body, with content-type application/octet-stream',
        );
      const preview = await this.imports.preview(
        actor,
        fileName ?? '',
        request.body,
        context.requestId,
      );
      await reply.code(201).send({ id: preview.id });
    });
  }

  /** The refused lines of an import; `lang` (en, zh-CN) words the columns and reasons. */
  @Get('imports/:id/rejections.csv')
  async rejections(
    @Param('id') id: string,
    @Query('lang') lang: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await answeringRefusals(reply, async () => {
      const actor = requireActor(await this.contexts.create(request, reply));
      const report = await this.imports.rejectionReport(actor, id, exportLanguage(request, lang));
      await sendDownload(reply, 'text/csv; charset=utf-8', report.fileName, report.csv);
    });
  }

  /** The records grid with the filter on screen; `lang` (en, zh-CN) names columns and codes. */
  @Get('records.xlsx')
  async recordsWorkbook(
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendWorkbookTo(this.contexts, request, reply, async (actor, language) => {
      const filter: TrainingRecordFilter = {
        branchId: queryInt('branchId', query.branchId),
        managerId: queryInt('managerId', query.managerId),
        year: queryInt('year', query.year),
        type: queryChoice('type', query.type, Object.values(TrainingTypeValue)),
        status: queryChoice('status', query.status, Object.values(TrainingRecordStatus)),
      };
      const rows = await this.records.exportRows(actor, filter, MAX_EXPORT_ROWS);
      return {
        fileName: `training-records${filter.year ? `-${filter.year}` : ''}.xlsx`,
        workbook: await trainingRecordsWorkbook(rows, language),
      };
    });
  }
}
