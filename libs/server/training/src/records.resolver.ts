import type { Actor } from '@corebook/domain';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  byKeys,
  loaderFor,
  pageInfoOf,
  pageSize,
  type RequestContext,
} from '@corebook/server/common';
import { OrgService, RelationshipManagerType, managerLoader } from '@corebook/server/org';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RecordsService } from './records.service';
import { TrainingFileService } from './training-file.service';
import {
  TrainingActivityType,
  TrainingRecordConnection,
  TrainingRecordCorrection,
  TrainingRecordFilter,
  TrainingRecordInput,
  TrainingRecordType,
} from './training.types';

/** Batched catalogue lookups for record and file fields. */
export function activityLoader(ctx: RequestContext, files: TrainingFileService) {
  return loaderFor(ctx, 'trainingActivity', async (ids: readonly number[]) =>
    byKeys(ids, await files.activitiesByIds(ids), (activity) => activity.id),
  );
}

@Resolver(() => TrainingRecordType)
export class RecordsResolver {
  constructor(
    private readonly records: RecordsService,
    private readonly files: TrainingFileService,
    private readonly org: OrgService,
  ) {}

  @Query(() => TrainingRecordConnection, {
    description: 'Training records in scope, newest completion first.',
  })
  @SignedIn('training.read')
  async trainingRecords(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => TrainingRecordFilter, nullable: true })
    filter: TrainingRecordFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<TrainingRecordConnection> {
    const page = await this.records.page(actor, filter ?? {}, pageSize(first), after);
    return {
      edges: page.edges,
      pageInfo: pageInfoOf(page),
      totalCount: await this.records.count(actor, filter ?? {}),
    };
  }

  @Mutation(() => TrainingRecordType, {
    description: "Record a completion in an RM's training file (HR, admin).",
  })
  @SignedIn('training.manage')
  recordTraining(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input') input: TrainingRecordInput,
  ): Promise<TrainingRecordType> {
    return this.records.record(actor, input, ctx.requestId);
  }

  @Mutation(() => TrainingRecordType, {
    description: 'Correct a record, with a reason; CONFLICT when version is stale.',
  })
  @SignedIn('training.manage')
  correctTrainingRecord(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('correction') correction: TrainingRecordCorrection,
  ): Promise<TrainingRecordType> {
    return this.records.correct(actor, id, version, correction, ctx.requestId);
  }

  @Mutation(() => TrainingRecordType, {
    description: 'Void a record (kept in the history, no longer counted).',
  })
  @SignedIn('training.manage')
  voidTrainingRecord(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<TrainingRecordType> {
    return this.records.void(actor, id, version, reason, ctx.requestId);
  }

  @ResolveField(() => RelationshipManagerType)
  manager(
    @Parent() record: TrainingRecordType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<RelationshipManagerType | null> {
    return managerLoader(ctx, this.org).load(record.managerId);
  }

  @ResolveField(() => TrainingActivityType)
  activity(
    @Parent() record: TrainingRecordType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<TrainingActivityType | null> {
    return activityLoader(ctx, this.files).load(record.activityId);
  }
}
