import { bankYear } from '@corebook/server/common';
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
  async coreClientStanding(@Parent() file: TrainingFileType): Promise<CoreClientStandingType> {
    const [manager] = await this.org.managersByIds([file.managerId]);
    const { settings } = await this.assignmentSettings.current();
    const standings = await this.eligibility.standings(
      [{ id: manager.id, status: manager.status }],
      settings,
    );
    const { ineligibility, basis } = standings.get(manager.id)!;
    return {
      eligible: ineligibility === null,
      ineligibility,
      pointsYear:
        basis === 'THIS_YEAR' ? bankYear() : basis === 'LAST_YEAR' ? bankYear() - 1 : null,
      minimumPoints: settings.requireTrainingMinimum
        ? await this.training.coreClientMinimum()
        : null,
    };
  }
}
