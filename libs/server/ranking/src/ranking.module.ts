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
import { RankingService } from './ranking.service';

/** Ranking clients by value: core set, tiers, RFM, lifecycle, Pareto (docs/domain.md rules 1, 4, 5). */
@Module({
  imports: [OrgModule, ClientsModule],
  providers: [
    RankingService,
    RankingInputsPreparer,
    EarlyWarningsService,
    RankingResolver,
    BranchParetoResolver,
    CoreSetChangeResolver,
    EarlyWarningResolver,
    ClientRankingResolver,
    ClientWarningResolver,
  ],
  exports: [RankingService],
})
export class RankingModule {}
