import { ClientsModule } from '@corebook/server/clients';
import { OrgModule } from '@corebook/server/org';
import { Module } from '@nestjs/common';
import { ClientContactsResolver, ContactsResolver } from './contacts.resolver';
import { ComplaintSettingsService } from './complaints/complaint-settings.service';
import {
  ClientComplaintsResolver,
  ComplaintSummaryResolver,
  ServiceQualityResolver,
} from './complaints/complaint-summary.resolver';
import { ComplaintSummaryService } from './complaints/complaint-summary.service';
import { ComplaintTransitionsService } from './complaints/complaint-transitions.service';
import { ComplaintsResolver } from './complaints/complaints.resolver';
import { ComplaintsService } from './complaints/complaints.service';
import { ContactReader } from './contact-reader.service';
import { ContactsService } from './contacts.service';
import { CoverageService } from './coverage.service';
import { CycleSettingsService } from './cycle-settings.service';
import { RevisitQueueService } from './revisit-queue.service';
import {
  BranchCoverageResolver,
  ManagerCoverageResolver,
  ServicingResolver,
  TimelineEntryResolver,
} from './servicing.resolver';
import { TimelineService } from './timeline.service';

/**
 * The RM's servicing: contacts, contact cycles, revisits and coverage (docs/domain.md rule 6),
 * complaints (rule 7) and satisfaction (rule 8).
 */
@Module({
  imports: [OrgModule, ClientsModule],
  providers: [
    CycleSettingsService,
    ContactsService,
    ContactReader,
    RevisitQueueService,
    CoverageService,
    TimelineService,
    ContactsResolver,
    ClientContactsResolver,
    ServicingResolver,
    ManagerCoverageResolver,
    BranchCoverageResolver,
    TimelineEntryResolver,
    ComplaintSettingsService,
    ComplaintsService,
    ComplaintTransitionsService,
    ComplaintsResolver,
    ComplaintSummaryService,
    ComplaintSummaryResolver,
    ServiceQualityResolver,
    ClientComplaintsResolver,
  ],
  exports: [CoverageService, ComplaintSummaryService],
})
export class ServicingModule {}
