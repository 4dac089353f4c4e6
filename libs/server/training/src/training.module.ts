import { OrgModule } from '@corebook/server/org';
import { Module } from '@nestjs/common';
import { CatalogueResolver } from './catalogue.resolver';
import { CatalogueService } from './catalogue.service';
import { ImportResolver } from './import.resolver';
import { TrainingImportService } from './import.service';
import { RecordsResolver } from './records.resolver';
import { RecordsService } from './records.service';
import { TrainingDownloadsController } from './training.controller';
import { CertificateStatusResolver, TrainingFileResolver } from './training-file.resolver';
import { TrainingFileService } from './training-file.service';
import { TrainingSettingsService } from './training-settings.service';

/** Training files and points (docs/domain.md rule 10). */
@Module({
  imports: [OrgModule],
  providers: [
    TrainingSettingsService,
    CatalogueService,
    RecordsService,
    TrainingImportService,
    TrainingFileService,
    CatalogueResolver,
    RecordsResolver,
    ImportResolver,
    TrainingFileResolver,
    CertificateStatusResolver,
  ],
  controllers: [TrainingDownloadsController],
  exports: [TrainingFileService],
})
export class TrainingModule {}
