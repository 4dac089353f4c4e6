import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { orgEntities } from './org.entities';
import { BranchResolver, RelationshipManagerResolver } from './org.resolver';
import { OrgService } from './org.service';

@Module({
  imports: [TypeOrmModule.forFeature(orgEntities)],
  providers: [OrgService, BranchResolver, RelationshipManagerResolver],
  exports: [OrgService],
})
export class OrgModule {}
