import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditDownloadsController } from './audit.controller';
import { AuditEntryEntity } from './audit.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { SettingsStore } from './settings-store';

/** Global so every area can write audit entries in its own transactions. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditService, SettingsStore, AuditResolver],
  controllers: [AuditDownloadsController],
  exports: [AuditService, SettingsStore],
})
export class AuditModule {}
