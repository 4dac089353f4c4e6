import { OrgModule } from '@corebook/server/org';
import { Module } from '@nestjs/common';
import { ClientContactsResolver, ContactsResolver } from './contacts.resolver';
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

/** The RM's servicing (docs/domain.md rule 6): contacts, contact cycles, revisits, coverage. */
@Module({
  imports: [OrgModule],
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
  ],
  exports: [CoverageService],
})
export class ServicingModule {}
