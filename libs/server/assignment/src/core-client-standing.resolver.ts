import { bankYear, CurrentRequest, loaderFor, type RequestContext } from '@corebook/server/common';
import { OrgService } from '@corebook/server/org';
import { TrainingFileService, TrainingFileType } from '@corebook/server/training';
import { Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AssignmentSettingsService } from './assignment-settings.service';
import { IneligibleReasonValue } from './assignment.types';
import { EligibilityService } from './eligibility.service';

@ObjectType('CoreClientStanding', {
  description:
    'Whether an RM may hold core clients now, by the rule the plans, the reassign list and the postings apply.',
})
export class CoreClientStandingType {
  @Field({ description: 'May hold core clients now.' }) eligible!: boolean;
  @Field(() => IneligibleReasonValue, { nullable: true })
  ineligibility!: IneligibleReasonValue | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "The year whose training points carry the eligibility: this year's, or last year's until this year's reach the minimum; null when the minimum is not required or not met.",
  })
  pointsYear!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The minimum points a year, when the assignment settings require it.',
  })
  minimumPoints!: number | null;
}

/** A training file says whether its RM may hold core clients, as the assignment rules decide. */
@Resolver(() => TrainingFileType)
export class CoreClientStandingResolver {
  constructor(
    private readonly org: OrgService,
    private readonly eligibility: EligibilityService,
    private readonly assignmentSettings: AssignmentSettingsService,
    private readonly training: TrainingFileService,
  ) {}

  @ResolveField(() => CoreClientStandingType, {
    description: "Whether the RM may hold core clients now (this year's or last year's points).",
  })
  coreClientStanding(
    @Parent() file: TrainingFileType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<CoreClientStandingType> {
    // One batch for every file of the response (a branch's overview asks for each RM's).
    return loaderFor(ctx, 'coreClientStanding', (ids: readonly number[]) =>
      this.standings(ids),
    ).load(file.managerId);
  }

  private async standings(managerIds: readonly number[]): Promise<CoreClientStandingType[]> {
    const managers = await this.org.managersByIds(managerIds);
    const { settings } = await this.assignmentSettings.current();
    const standings = await this.eligibility.standings(
      managers.map((manager) => ({ id: manager.id, status: manager.status })),
      settings,
    );
    const minimumPoints = settings.requireTrainingMinimum
      ? await this.training.coreClientMinimum()
      : null;
    return managerIds.map((id) => {
      const { ineligibility, basis } = standings.get(id)!;
      return {
        eligible: ineligibility === null,
        ineligibility,
        pointsYear:
          basis === 'THIS_YEAR' ? bankYear() : basis === 'LAST_YEAR' ? bankYear() - 1 : null,
        minimumPoints,
      };
    });
  }
}
