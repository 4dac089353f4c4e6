import { VALUE_TIERS, type Actor, type AssignmentSettings, type ValueTier } from '@corebook/domain';
import {
  CurrentActor,
  CurrentRequest,
  SignedIn,
  type RequestContext,
} from '@corebook/server/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AssignmentSettingsService,
  type VersionedAssignmentSettings,
} from './assignment-settings.service';
import { AssignmentSettingsInput, AssignmentSettingsType } from './assignment.types';

const toSettingsType = ({
  settings,
  version,
}: VersionedAssignmentSettings): AssignmentSettingsType => ({
  ...settings,
  workloadByTier: VALUE_TIERS.map((tier) => ({ tier, workload: settings.workloadByTier[tier] })),
  version,
});

/** The list the form sends becomes the settings' tier map; a missing tier is named by the settings check. */
function fromInput(input: AssignmentSettingsInput): AssignmentSettings {
  const workloadByTier = Object.fromEntries(
    input.workloadByTier.map(({ tier, workload }) => [tier, workload]),
  ) as Record<ValueTier, number>;
  return { ...input, workloadByTier };
}

@Resolver(() => AssignmentSettingsType)
export class AssignmentSettingsResolver {
  constructor(private readonly settings: AssignmentSettingsService) {}

  @Query(() => AssignmentSettingsType, {
    description: 'Assignment rule settings (branch heads and admin).',
  })
  @SignedIn('assignment.manage')
  async assignmentSettings(@CurrentActor() actor: Actor): Promise<AssignmentSettingsType> {
    return toSettingsType(await this.settings.read(actor));
  }

  @Mutation(() => AssignmentSettingsType, {
    description: 'Change the assignment rule settings (admin); CONFLICT when version is stale.',
  })
  @SignedIn('settings.manage')
  async updateAssignmentSettings(
    @CurrentActor() actor: Actor,
    @CurrentRequest() ctx: RequestContext,
    @Args('input') input: AssignmentSettingsInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<AssignmentSettingsType> {
    return toSettingsType(
      await this.settings.update(actor, fromInput(input), version, ctx.requestId),
    );
  }
}
