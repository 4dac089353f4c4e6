import type { Actor } from '@corebook/domain';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  type RequestContext,
} from '@corebook/server/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CatalogueService } from './catalogue.service';
import {
  TrainingSettingsService,
  type VersionedTrainingSettings,
} from './training-settings.service';
import {
  TrainingActivityFilter,
  TrainingActivityInput,
  TrainingActivityType,
  TrainingSettingsInput,
  TrainingSettingsType,
} from './training.types';

const toSettingsType = ({
  settings,
  version,
}: VersionedTrainingSettings): TrainingSettingsType => ({
  ...settings,
  yearlyRequirementByGrade: Object.entries(settings.yearlyRequirementByGrade).map(
    ([grade, points]) => ({ grade, points: points ?? 0 }),
  ),
  version,
});

@Resolver(() => TrainingActivityType)
export class CatalogueResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly settings: TrainingSettingsService,
  ) {}

  @Query(() => [TrainingActivityType], { description: 'The training catalogue.' })
  @SignedIn('training.read')
  trainingActivities(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => TrainingActivityFilter, nullable: true })
    filter: TrainingActivityFilter | null,
  ): Promise<TrainingActivityType[]> {
    return this.catalogue.list(actor, filter ?? {});
  }

  @Mutation(() => TrainingActivityType, {
    description: 'Add an activity to the catalogue (HR, admin).',
  })
  @SignedIn('training.manage')
  createTrainingActivity(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input') input: TrainingActivityInput,
  ): Promise<TrainingActivityType> {
    return this.catalogue.create(actor, input, ctx.requestId);
  }

  @Mutation(() => TrainingActivityType, {
    description: 'Change an activity; CONFLICT when version is stale.',
  })
  @SignedIn('training.manage')
  updateTrainingActivity(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('id', { type: () => Int }) id: number,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: TrainingActivityInput,
  ): Promise<TrainingActivityType> {
    return this.catalogue.update(actor, id, version, input, ctx.requestId);
  }

  @Query(() => TrainingSettingsType, { description: 'Training rule settings.' })
  @SignedIn('training.read')
  async trainingSettings(): Promise<TrainingSettingsType> {
    return toSettingsType(await this.settings.current());
  }

  @Mutation(() => TrainingSettingsType, {
    description: 'Change the training rule settings (admin); CONFLICT when version is stale.',
  })
  @SignedIn('settings.manage')
  async updateTrainingSettings(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input') input: TrainingSettingsInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<TrainingSettingsType> {
    const next = {
      ...input,
      yearlyRequirementByGrade: Object.fromEntries(
        input.yearlyRequirementByGrade.map(({ grade, points }) => [grade, points]),
      ),
    };
    return toSettingsType(await this.settings.update(actor, next, version, ctx.requestId));
  }
}
