import { ClientsModule } from '@corebook/server/clients';
import { OrgModule } from '@corebook/server/org';
import { TrainingModule } from '@corebook/server/training';
import { Module } from '@nestjs/common';
import { ApplyService } from './apply.service';
import {
  AssignmentHistoryResolver,
  ClientAssignmentHistoryResolver,
} from './assignment-history.resolver';
import { AssignmentPlanResolver } from './assignment-plan.resolver';
import { AssignmentSettingsResolver } from './assignment-settings.resolver';
import { AssignmentSettingsService } from './assignment-settings.service';
import { CoreClientStandingResolver } from './core-client-standing.resolver';
import { EligibilityService } from './eligibility.service';
import {
  BranchBalanceResolver,
  PlanItemConnectionResolver,
  PlanItemResolver,
  PlanManagerLoadResolver,
} from './plan-parts.resolver';
import { PlanningService } from './planning.service';
import { PlansService } from './plans.service';
import { PostingsResolver } from './postings.resolver';
import { PostingsService } from './postings.service';
import { ReassignService } from './reassign.service';

/** Core-client assignment (docs/domain.md rules 2, 3 and 11): plans, apply, manual moves, history, RM postings. */
@Module({
  imports: [OrgModule, ClientsModule, TrainingModule],
  providers: [
    AssignmentSettingsService,
    EligibilityService,
    CoreClientStandingResolver,
    PlanningService,
    PlansService,
    ApplyService,
    ReassignService,
    PostingsService,
    AssignmentSettingsResolver,
    AssignmentPlanResolver,
    PlanItemResolver,
    PlanItemConnectionResolver,
    PlanManagerLoadResolver,
    BranchBalanceResolver,
    AssignmentHistoryResolver,
    ClientAssignmentHistoryResolver,
    PostingsResolver,
  ],
  exports: [PlanningService, AssignmentSettingsService],
})
export class AssignmentModule {}
