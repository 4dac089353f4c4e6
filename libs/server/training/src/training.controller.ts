import { spreadsheetText } from '@corebook/domain';
import { RequestContextFactory } from '@corebook/server/auth';
import { CorebookError, badInput, requireActor } from '@corebook/server/common';
import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Workbook } from 'exceljs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TrainingImportService } from './import.service';
import { RecordsService } from './records.service';
import {
  TrainingRecordStatus,
  TrainingTypeValue,
  type TrainingRecordFilter,
} from './training.types';

const MAX_EXPORT_ROWS = 100_000;

function optionalInt(name: string, value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  if (!/^\d{1,9}$/.test(value)) throw badInput(name, `${name} must be a whole number`);
  return Number(value);
}

function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

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
    try {
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
    } catch (error) {
      if (!(error instanceof CorebookError)) throw error;
      await reply.code(error.getStatus()).send({
        errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }],
      });
    }
  }

  @Get('imports/:id/rejections.csv')
  async rejections(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const actor = requireActor(await this.contexts.create(request, reply));
    const report = await this.imports.rejectionReport(actor, id);
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', attachment(report.fileName))
      .send(report.csv);
  }

  @Get('records.xlsx')
  async recordsWorkbook(
    @Query() query: Record<string, string | undefined>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const actor = requireActor(await this.contexts.create(request, reply));
    const type = query.type as TrainingTypeValue | undefined;
    if (type && !Object.values(TrainingTypeValue).includes(type))
      throw badInput('type', 'unknown training type');
    const status = query.status as TrainingRecordStatus | undefined;
    if (status && !Object.values(TrainingRecordStatus).includes(status))
      throw badInput('status', 'unknown record status');
    const filter: TrainingRecordFilter = {
      branchId: optionalInt('branchId', query.branchId),
      managerId: optionalInt('managerId', query.managerId),
      year: optionalInt('year', query.year),
      type: type ?? null,
      status: status ?? null,
    };
    const rows = await this.records.exportRows(actor, filter, MAX_EXPORT_ROWS);
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Training records');
    const columns = [
      'employeeNo',
      'rmName',
      'branch',
      'activityCode',
      'activity',
      'type',
      'completedOn',
      'hours',
      'score',
      'passed',
      'points',
      'overrideReason',
      'status',
      'voidReason',
      'source',
      'evidence',
    ];
    sheet.columns = columns.map((key) => ({
      header: key,
      key,
      width: key === 'activity' ? 40 : 16,
    }));
    sheet.addRows(
      rows.map((row) => ({
        ...Object.fromEntries(
          Object.entries(row).map(([key, value]) => [
            key,
            typeof value === 'string' ? spreadsheetText(value) : value,
          ]),
        ),
        points: row.points === null ? null : Number(row.points),
      })),
    );
    sheet.getRow(1).font = { bold: true };
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        attachment(`training-records${filter.year ? `-${filter.year}` : ''}.xlsx`),
      )
      .send(buffer);
  }
}
