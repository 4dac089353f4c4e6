import { ClientType } from '@corebook/server/clients';
import { CurrentRequest, byKeys, loaderFor, type RequestContext } from '@corebook/server/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EarlyWarningsService } from './early-warnings.service';
import { EarlyWarningType } from './ranking.types';

/** The open early warning on Client (docs/domain.md rule 5), so a list can flag each row. */
@Resolver(() => ClientType)
export class ClientWarningResolver {
  constructor(private readonly warnings: EarlyWarningsService) {}

  // The parent client already passed the access gate; its warning goes with it.
  @ResolveField(() => EarlyWarningType, {
    nullable: true,
    description: "The client's latest unacknowledged early warning; null when none is open.",
  })
  openEarlyWarning(
    @Parent() client: ClientType,
    @CurrentRequest() ctx: RequestContext,
  ): Promise<EarlyWarningType | null> {
    const loader = loaderFor(ctx, 'openEarlyWarning', async (ids: readonly string[]) =>
      byKeys(ids, await this.warnings.latestOpenOf(ids), (warning) => warning.clientId),
    );
    return loader.load(client.id);
  }
}
