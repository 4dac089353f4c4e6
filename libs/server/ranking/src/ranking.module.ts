import { ClientsModule } from '@corebook/server/clients';
import { OrgModule } from '@corebook/server/org';
import { Module } from '@nestjs/common';
import { ClientWarningResolver } from './client-warning.resolver';
import { EarlyWarningsService } from './early-warnings.service';
import {
  BranchParetoResolver,
  ClientRankingResolver,
  CoreSetChangeResolver,
  EarlyWarningResolver,
  RankingResolver,
} from './ranking.resolver';
import { RankingInputsPreparer } from './ranking-inputs.preparer';
import { RankingInputsService } from './ranking-inputs.service';
import { RankingRunService } from './ranking-run.service';
import { RankingSettingsService } from './ranking-settings.service';
import { RankingsService } from './rankings.service';

/** Ranking clients by value: core set, tiers, RFM, lifecycle, Pareto (docs/domain.md rules 1, 4, 5). */
@Module({
  imports: [OrgModule, ClientsModule],
  providers: [
    RankingSettingsService,
    RankingInputsService,
    RankingRunService,
    RankingsService,
    RankingInputsPreparer,
    EarlyWarningsService,
    RankingResolver,
    BranchParetoResolver,
    CoreSetChangeResolver,
    EarlyWarningResolver,
    ClientRankingResolver,
    ClientWarningResolver,
  ],
  exports: [RankingsService],
})
export class RankingModule {}
