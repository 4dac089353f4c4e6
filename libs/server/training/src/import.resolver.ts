import type { Actor } from '@corebook/domain';
import {
  badInput,
  CurrentActor,
  CurrentRequest,
  SignedIn,
  pageInfoOf,
  pageSize,
  type RequestContext,
  ConnectionOf,
} from '@corebook/server/common';
import {
  Args,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { TrainingImportService } from './import.service';
import { ImportLineOutcome, TrainingImportLineType, TrainingImportType } from './training.types';

@ObjectType()
class TrainingImportLineConnection extends ConnectionOf(
  TrainingImportLineType,
  'TrainingImportLine',
) {}

@Resolver(() => TrainingImportType)
export class ImportResolver {
  constructor(private readonly imports: TrainingImportService) {}

  @Mutation(() => TrainingImportType, {
    description:
      'Upload a CSV or XLSX export (base64) and get the per-line preview; nothing is added until commit. Files over about 1.4 MB go to POST /training/imports.',
  })
  @SignedIn('training.manage')
  importTrainingRecords(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('fileName') fileName: string,
    @Args('contentBase64') contentBase64: string,
  ): Promise<TrainingImportType> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64))
      throw badInput('contentBase64', 'contentBase64 is not base64');
    return this.imports.preview(
      actor,
      fileName,
      Buffer.from(contentBase64, 'base64'),
      ctx.requestId,
    );
  }

  @Mutation(() => TrainingImportType, {
    description: 'Add the accepted lines of a previewed import, in one transaction.',
  })
  @SignedIn('training.manage')
  commitTrainingImport(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('importId', { type: () => ID }) importId: string,
  ): Promise<TrainingImportType> {
    return this.imports.commit(actor, importId, ctx.requestId);
  }

  @Mutation(() => TrainingImportType, { description: 'Drop a previewed import.' })
  @SignedIn('training.manage')
  discardTrainingImport(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('importId', { type: () => ID }) importId: string,
  ): Promise<TrainingImportType> {
    return this.imports.discard(actor, importId, ctx.requestId);
  }

  @Query(() => TrainingImportType)
  @SignedIn('training.manage')
  trainingImport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TrainingImportType> {
    return this.imports.get(actor, id);
  }

  @ResolveField(() => TrainingImportLineConnection, {
    description:
      'The lines with their outcome; the rejection report is at /training/imports/{id}/rejections.csv.',
  })
  async lines(
    @Parent() found: TrainingImportType,
    @CurrentActor() actor: Actor,
    @Args('outcome', { type: () => ImportLineOutcome, nullable: true })
    outcome: ImportLineOutcome | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<TrainingImportLineConnection> {
    const page = await this.imports.lines(
      actor,
      found.id,
      outcome ?? null,
      pageSize(first),
      after ?? null,
    );
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
    };
  }
}
