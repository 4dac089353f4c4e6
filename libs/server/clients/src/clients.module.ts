import { OrgModule } from '@corebook/server/org';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { clientsEntities } from './clients.entities';
import { ClientConnectionResolver, ClientsResolver } from './clients.resolver';
import { ClientsDownloadsController } from './clients.controller';
import { ClientsExportService } from './clients-export';
import { ClientsService } from './clients.service';

@Module({
  imports: [TypeOrmModule.forFeature(clientsEntities), OrgModule],
  controllers: [ClientsDownloadsController],
  providers: [ClientsService, ClientsExportService, ClientsResolver, ClientConnectionResolver],
  exports: [ClientsService],
})
export class ClientsModule {}
